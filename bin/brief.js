#!/usr/bin/env node
// Launcher for the `brief` command: registers tsx's loader so Node runs the TypeScript sources
// directly (no separate build for the CLI), then hands over to src/cli/main.ts.
import { register } from 'tsx/esm/api';

// Piping into `head` closes stdout early; that is not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  register();
  const { main } = await import(new URL('../src/cli/main.ts', import.meta.url).href);
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`brief: could not start (${error?.message ?? error}). Run "npm ci" in the Brief folder and try again.\n`);
  process.exitCode = 1;
}
