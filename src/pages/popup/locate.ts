// The popup's side of "Show in page": asks the worker which points of a built-in brief the tab
// still shows, and to jump to one. Any failure (no extension API, a worker that answers nothing
// or something else) reads as "not on the page", so a control is never offered or kept for it.
import type { Request } from '../../shared/messages.ts';
import type { Transport } from './request.ts';
import { extensionTransport } from './transport.ts';

export interface PointLocator {
  /** Per point, whether the page shows it now. */
  findable(points: readonly string[]): Promise<boolean[]>;
  /** Scrolls the page to the point and highlights it; false when the page no longer shows it. */
  jump(point: string): Promise<boolean>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export function tabLocator(tabId: number, transport: Transport = extensionTransport): PointLocator {
  const ask = async (message: Request): Promise<Record<string, unknown> | undefined> => {
    try {
      const answer = await transport.send(message);
      return isRecord(answer) && answer.ok === true ? answer : undefined;
    } catch {
      return undefined;
    }
  };
  return {
    async findable(points) {
      const found = (await ask({ type: 'brief:findable', tabId, texts: [...points] }))?.found;
      const valid = Array.isArray(found) && found.length === points.length && found.every((f) => typeof f === 'boolean');
      return valid ? (found as boolean[]) : points.map(() => false);
    },
    async jump(point) {
      return (await ask({ type: 'brief:jump', tabId, text: point }))?.shown === true;
    },
  };
}
