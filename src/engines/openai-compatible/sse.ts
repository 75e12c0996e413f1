// Server-sent events of a streamed chat completion: bytes in, the content deltas out. Pure over a
// ReadableStream, so it is tested on recorded bodies; the stream's own errors pass through.

/** The text of one `data:` payload's delta, or undefined for role-only and empty chunks. */
export function deltaOf(payload: unknown): string | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const choice = (payload as { choices?: unknown[] }).choices?.[0] as
    | { delta?: { content?: unknown }; message?: { content?: unknown }; text?: unknown }
    | undefined;
  const content = choice?.delta?.content ?? choice?.message?.content ?? choice?.text;
  return typeof content === 'string' && content.length > 0 ? content : undefined;
}

/** An error the server put in the stream itself (`data: {"error": ...}`). */
export function streamError(payload: unknown): string | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const error = (payload as { error?: unknown }).error;
  if (typeof error === 'string') return error;
  if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string') {
    return (error as { message: string }).message;
  }
  return undefined;
}

export type SseEvent = { kind: 'delta'; text: string } | { kind: 'done' } | { kind: 'error'; message: string };

/** Parses SSE lines as they arrive. Comments, `event:` lines and keep-alive blank lines are skipped. */
export class SseParser {
  private buffer = '';
  private readonly decoder = new TextDecoder();

  push(bytes: Uint8Array): SseEvent[] {
    this.buffer += this.decoder.decode(bytes, { stream: true });
    return this.drain(false);
  }

  /** The stream ended: whatever is left in the buffer. */
  end(): SseEvent[] {
    this.buffer += this.decoder.decode();
    return this.drain(true);
  }

  private drain(final: boolean): SseEvent[] {
    const events: SseEvent[] = [];
    const lines = this.buffer.split(/\r?\n/);
    this.buffer = final ? '' : (lines.pop() as string);
    for (const raw of lines) {
      const line = raw.trim();
      if (!line.startsWith('data:')) continue;
      const data = line.slice(5).trim();
      if (data === '[DONE]') {
        events.push({ kind: 'done' });
        continue;
      }
      let payload: unknown;
      try {
        payload = JSON.parse(data);
      } catch {
        continue; // a torn or foreign line; the answer's own validation catches a real loss
      }
      const error = streamError(payload);
      if (error) events.push({ kind: 'error', message: error });
      const text = deltaOf(payload);
      if (text) events.push({ kind: 'delta', text });
      const finish = (payload as { choices?: { finish_reason?: unknown }[] }).choices?.[0]?.finish_reason;
      if (typeof finish === 'string' && finish.length > 0) events.push({ kind: 'done' });
    }
    return events;
  }
}
