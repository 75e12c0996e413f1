import { describe, expect, it } from 'vitest';
import { copyBrief } from '../../../src/pages/popup/copy.ts';

const flavours = { text: '# Title\n\nhttps://x.example/', html: '<article><h1>Title</h1></article>' };

/** A document whose execCommand('copy') dispatches a copy event with a DataTransfer-like clipboardData. */
function fakeDocument({ execWorks = true } = {}) {
  const target = new EventTarget();
  const data = new Map<string, string>();
  let prevented = false;
  const doc = {
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
    execCommand(command: string) {
      if (!execWorks || command !== 'copy') return false;
      const event = new Event('copy', { cancelable: true }) as Event & { clipboardData: unknown };
      event.clipboardData = { setData: (type: string, value: string) => data.set(type, value) };
      target.dispatchEvent(event);
      prevented = event.defaultPrevented;
      return true;
    },
  };
  return { doc: doc as unknown as Document, data, wasPrevented: () => prevented, target };
}

describe('copyBrief', () => {
  it('writes Markdown as text/plain and HTML as text/html in one copy event', async () => {
    const { doc, data, wasPrevented } = fakeDocument();
    await expect(copyBrief(flavours, doc, undefined)).resolves.toBe(true);
    expect(data.get('text/plain')).toBe(flavours.text);
    expect(data.get('text/html')).toBe(flavours.html);
    expect(wasPrevented()).toBe(true);
  });

  it('removes its listener, so a later user copy is untouched', async () => {
    const { doc, data, target } = fakeDocument();
    await copyBrief(flavours, doc, undefined);
    data.clear();
    target.dispatchEvent(Object.assign(new Event('copy'), { clipboardData: { setData: (t: string, v: string) => data.set(t, v) } }));
    expect(data.size).toBe(0);
  });

  it('falls back to the Clipboard API when execCommand is refused', async () => {
    const { doc } = fakeDocument({ execWorks: false });
    const written: string[] = [];
    const clipboard = { writeText: async (t: string) => void written.push(t) } as unknown as Clipboard;
    const hadClipboardItem = 'ClipboardItem' in globalThis;
    expect(hadClipboardItem).toBe(false); // Node has no ClipboardItem: the text-only path runs
    await expect(copyBrief(flavours, doc, clipboard)).resolves.toBe(true);
    expect(written).toEqual([flavours.text]);
  });

  it('reports failure when every way is refused', async () => {
    const { doc } = fakeDocument({ execWorks: false });
    const clipboard = { writeText: async () => Promise.reject(new Error('NotAllowedError')) } as unknown as Clipboard;
    await expect(copyBrief(flavours, doc, clipboard)).resolves.toBe(false);
    await expect(copyBrief(flavours, doc, undefined)).resolves.toBe(false);
  });
});
