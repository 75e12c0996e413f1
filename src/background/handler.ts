// The worker's single message entry point: who may ask, what they may ask, and an answer every time.
import {
  parseRequest, type FindableRequest, type FindableResponse, type GetBriefRequest, type GetBriefResponse, type JumpRequest,
  type JumpResponse, type Request, type Response,
} from '../shared/messages.ts';
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
  /** "Show in page" (locate.ts); without them such requests are answered as unsupported. */
  jump?(request: JumpRequest): Promise<JumpResponse>;
  findable?(request: FindableRequest): Promise<FindableResponse>;
}

/**
 * Only the extension's own pages (the popup) may ask for briefs. Content scripts share the
 * extension id, so the sender's URL must also be one of ours.
 */
export function isOwnPage(sender: SenderLike, ctx: HandlerContext): boolean {
  return sender.id === ctx.extensionId && typeof sender.url === 'string' && sender.url.startsWith(ctx.extensionBaseUrl);
}

const UNSUPPORTED: Response = { ok: false, code: 'bad-input', message: 'This Brief cannot show points in the page.' };

function answer(request: Request, ctx: HandlerContext): Promise<Response> {
  switch (request.type) {
    case 'brief:get':
      return ctx.getBrief(request);
    case 'brief:jump':
      return ctx.jump ? ctx.jump(request) : Promise.resolve(UNSUPPORTED);
    case 'brief:findable':
      return ctx.findable ? ctx.findable(request) : Promise.resolve(UNSUPPORTED);
  }
}

export async function handleMessage(message: unknown, sender: SenderLike, ctx: HandlerContext): Promise<Response> {
  if (!isOwnPage(sender, ctx)) {
    return { ok: false, code: 'bad-input', message: 'Brief only answers its own pages.' };
  }
  const request = parseRequest(message);
  if (!request) return { ok: false, code: 'bad-input', message: 'Brief received a malformed request.' };
  try {
    return await answer(request, ctx);
  } catch (error) {
    // getBrief is built not to throw; this is the last guard so the popup never waits for nothing.
    const detail = errorMessage(error);
    return { ok: false, code: 'extraction-failed', message: `Something went wrong while making the brief: ${detail}` };
  }
}
