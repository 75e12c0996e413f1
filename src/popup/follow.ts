// Follows a model engine's brief as it is written: a port to the worker, the brief so far at
// every update, the final one at the end. The popup pings while it waits, which also counts as
// activity for the worker's idle timer. A port that closes before the end means the worker
// stopped: the caller asks again (the worker then rejoins the job or starts a new one).
import { JOB_PORT, type JobUpdate } from '../shared/messages.ts';
import type { Brief } from '../core/types.ts';
import { isBrief } from '../shared/validate.ts';
import { extensionGlobal } from '../pages/popup/transport.ts';

export interface PortApi {
  runtime: {
    connect(info: { name: string }): {
      postMessage(message: unknown): void;
      disconnect(): void;
      onMessage: { addListener(listener: (message: unknown) => void): void };
      onDisconnect: { addListener(listener: () => void): void };
    };
  };
}

export interface JobEvents {
  partial(brief: Brief): void;
  done(brief: Brief): void;
  /** The worker stopped or forgot the job before it finished. */
  lost(): void;
}

const PING_MS = 10_000;

function isUpdate(value: unknown): value is JobUpdate {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v.type === 'job:unknown') return true;
  return (v.type === 'job:partial' || v.type === 'job:done') && isBrief(v.brief);
}

/** Starts following; returns a function that stops. */
export function followJob(job: string, events: JobEvents, api: PortApi | undefined = extensionGlobal<PortApi>()): () => void {
  if (!api) {
    events.lost();
    return () => undefined;
  }
  const port = api.runtime.connect({ name: JOB_PORT });
  let finished = false;
  const ping = setInterval(() => port.postMessage({ type: 'job:ping' }), PING_MS);
  const stop = () => {
    finished = true;
    clearInterval(ping);
    port.disconnect();
  };
  port.onMessage.addListener((message) => {
    if (finished || !isUpdate(message)) return;
    if (message.type === 'job:partial') events.partial(message.brief);
    else if (message.type === 'job:done') {
      stop();
      events.done(message.brief);
    } else {
      stop();
      events.lost();
    }
  });
  port.onDisconnect.addListener(() => {
    if (finished) return;
    finished = true;
    clearInterval(ping);
    events.lost();
  });
  port.postMessage({ type: 'job:follow', job });
  return stop;
}
