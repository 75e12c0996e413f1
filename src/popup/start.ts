// The brief request, sent as soon as the popup's module starts: main.tsx imports this module
// first, so the request leaves before Preact and the card components are even evaluated, and
// the worker works while the popup renders its loading state.
import type { ExtractMode, GetBriefResponse } from '../shared/messages.ts';
import { requestBrief } from './request.ts';
import { extensionTransport } from './transport.ts';

performance.mark('brief:popup-start');

export const fetchBrief = (mode: ExtractMode, fresh: boolean): Promise<GetBriefResponse> =>
  requestBrief(extensionTransport, mode, fresh);

export const first = fetchBrief('article', false);
