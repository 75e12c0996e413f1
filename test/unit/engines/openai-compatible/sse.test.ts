import { describe, expect, it } from 'vitest';
import { SseParser } from '../../../../src/engines/openai-compatible/sse.ts';

// A body as llama.cpp's server and Ollama send it: role chunk, content chunks, finish, [DONE].
const chunk = (delta: object, finish: string | null = null) =>
  `data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
const BODY = [
  ': keep-alive\n\n',
  chunk({ role: 'assistant' }),
  chunk({ content: '{"head' }),
  chunk({ content: 'line":"Ünïcode ✓"}' }),
  chunk({}, 'stop'),
  'data: [DONE]\n\n',
].join('');

describe('SseParser', () => {
  it('gives the same deltas however the bytes are split, multi-byte characters included', () => {
    const bytes = new TextEncoder().encode(BODY);
    for (const size of [1, 3, 7, 64, bytes.length]) {
      const parser = new SseParser();
      const events = [];
      for (let i = 0; i < bytes.length; i += size) events.push(...parser.push(bytes.slice(i, i + size)));
      events.push(...parser.end());
      const text = events.filter((e) => e.kind === 'delta').map((e) => (e as { text: string }).text).join('');
      expect(text).toBe('{"headline":"Ünïcode ✓"}');
      expect(events.some((e) => e.kind === 'done')).toBe(true);
    }
  });

  it('reports an error the server puts in the stream', () => {
    const parser = new SseParser();
    const events = parser.push(new TextEncoder().encode('data: {"error":{"message":"out of memory"}}\n\n'));
    expect(events).toEqual([{ kind: 'error', message: 'out of memory' }]);
  });

  it('has no done event for a stream that was cut', () => {
    const parser = new SseParser();
    const events = [...parser.push(new TextEncoder().encode(chunk({ content: '{"a":' }))), ...parser.end()];
    expect(events).toEqual([{ kind: 'delta', text: '{"a":' }]);
  });
});
