// The popup's side of the brief requests. The first one normally left from early.js while the
// popup was still loading; this module takes its answer (or sends the request itself when
// early.js did not run). main.tsx imports this module first, so a request sent here still leaves
// before Preact and the card components are evaluated.
import type { ExtractMode, GetBriefResponse } from '../../shared/messages.ts';
import { FIRST_REQUEST, takeFirstRequest } from './first-request.ts';
import { requestBrief } from './request.ts';
import { extensionTransport } from './transport.ts';

performance.mark('brief:popup-start');

// The tab the worker read for the first brief: "Brief anyway" and retries stay on that page.
let tabId: number | undefined;
const remember = (response: GetBriefResponse): GetBriefResponse => {
  tabId ??= response.tabId;
  return response;
};

export const first = requestBrief(extensionTransport, FIRST_REQUEST, { sent: takeFirstRequest() }).then((response) => {
  performance.mark('brief:first-answer');
  return remember(response);
});

export const fetchBrief = (mode: ExtractMode, fresh: boolean): Promise<GetBriefResponse> =>
  requestBrief(extensionTransport, { type: 'brief:get', mode, fresh, ...(tabId === undefined ? {} : { tabId }) }).then(remember);
