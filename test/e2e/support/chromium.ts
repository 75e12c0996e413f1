// The browser helpers live in scripts/lib/chromium.ts (shared with start, screenshot and bench);
// this path keeps working for code that imports them from the test support folder.
export * from '../../../scripts/lib/chromium.ts';
