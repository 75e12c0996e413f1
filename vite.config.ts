// Shared Vite settings and the Vitest projects. The extension itself is built by scripts/build.ts,
// which runs one Vite build per extension context (popup, background, content script).
import { defineConfig } from 'vitest/config';

export const jsx = { runtime: 'automatic', importSource: 'preact' } as const;

export default defineConfig({
  oxc: { jsx },
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
