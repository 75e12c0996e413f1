// Built on its own as popup/early.js, a classic script placed before the stylesheet in
// index.html (inline scripts are forbidden by the extension's CSP): see first-request.ts.
import { parkFirstRequest } from './first-request.ts';
import { extensionTransport } from './transport.ts';

performance.mark('brief:request-sent');
parkFirstRequest(extensionTransport);
