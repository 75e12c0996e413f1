// Pages no extension may script (browser UI, extension stores, viewers). We say so up front instead of
// letting the injection fail with a browser-specific error message.

const RESTRICTED_SCHEMES = new Set([
  'about:', 'chrome:', 'chrome-untrusted:', 'chrome-search:', 'chrome-extension:', 'devtools:',
  'edge:', 'brave:', 'opera:', 'vivaldi:', 'moz-extension:', 'resource:', 'view-source:', 'javascript:',
]);

// Chrome's and Firefox's lists of hosts where extensions are not allowed to run.
const RESTRICTED_HOSTS = new Set([
  'chromewebstore.google.com',
  'microsoftedge.microsoft.com',
  'addons.mozilla.org',
  'discovery.addons.mozilla.org',
  'addons.cdn.mozilla.net',
  'accounts-static.cdn.mozilla.net',
  'accounts.firefox.com',
  'api.accounts.firefox.com',
  'oauth.accounts.firefox.com',
  'profile.accounts.firefox.com',
  'content.cdn.mozilla.net',
  'install.mozilla.org',
  'support.mozilla.org',
  'sync.services.mozilla.com',
]);

export const RESTRICTED_MESSAGE = "Brief can't read this page";

/** True when `url` is a page Brief must not (or cannot) read. Unknown URLs are left to the injection. */
export function isRestrictedUrl(url: string | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (RESTRICTED_SCHEMES.has(parsed.protocol)) return true;
  const host = parsed.hostname.toLowerCase();
  if (RESTRICTED_HOSTS.has(host)) return true;
  if (host === 'chrome.google.com' && parsed.pathname.startsWith('/webstore')) return true;
  // Both browsers show PDFs in a built-in viewer that extensions cannot script.
  return /\.pdf$/i.test(parsed.pathname);
}

/**
 * Injection errors that mean "the browser will not let you read this tab" (no access to file: URLs,
 * a chrome:// page whose URL we could not see, the web store, an error page) rather than a bug.
 */
export function isAccessError(message: string): boolean {
  return /cannot access (a |contents|url)|cannot be scripted|missing host permission|permission to access|extensions gallery|showing error page/i.test(message);
}
