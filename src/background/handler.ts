// The worker's single message entry point: who may ask, what they may ask, and an answer every time.
import { parseRequest, type GetBriefRequest, type GetBriefResponse } from '../shared/messages.ts';
import { errorMessage } from '../core/types.ts';

export interface SenderLike {
  id?: string;
  url?: string;
}

export interface HandlerContext {
  extensionId: string;
  /** The extension's own origin with a trailing slash, e.g. "chrome-extension://abc/". */
  extensionBaseUrl: string;
  getBrief(request: GetBriefRequest): Promise<GetBriefResponse>;
}

/**
 * Only the extension's own pages (the popup) may ask for briefs. Content scripts share the
 * extension id, so the sender's URL must also be one of ours.
 */
export function isOwnPage(sender: SenderLike, ctx: HandlerContext): boolean {
  return sender.id === ctx.extensionId && typeof sender.url === 'string' && sender.url.startsWith(ctx.extensionBaseUrl);
}

export async function handleMessage(message: unknown, sender: SenderLike, ctx: HandlerContext): Promise<GetBriefResponse> {
  if (!isOwnPage(sender, ctx)) {
    return { ok: false, code: 'bad-input', message: 'Brief only answers its own pages.' };
  }
  const request = parseRequest(message);
  if (!request) return { ok: false, code: 'bad-input', message: 'Brief received a malformed request.' };
  try {
    return await ctx.getBrief(request);
  } catch (error) {
    // getBrief is built not to throw; this is the last guard so the popup never waits for nothing.
    const detail = errorMessage(error);
    return { ok: false, code: 'extraction-failed', message: `Something went wrong while making the brief: ${detail}` };
  }
}
