// The README's "Reliability" figures, measured: runs the corpus test (every Readability test page)
// and the reliability suites, then adds up what they print. `npm run reliability`.
// BRIEF_FUZZ_SCALE=10 npm run reliability runs ten times the fuzz cases (a soak run).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const SUITES = ['test/unit/content/corpus.test.ts', 'test/unit/reliability'];

interface Figures {
  pages?: string;
  fuzz: Array<{ cases: number; label: string }>;
  hugeWorst?: string;
  hugePages: string[];
  failed: boolean;
}

function run(): { output: string; status: number | null } {
  const result = spawnSync('npx', ['vitest', 'run', '--project', 'unit', ...SUITES], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { output: `${result.stdout}\n${result.stderr}`, status: result.status };
}

function collect(output: string, status: number | null): Figures {
  const figures: Figures = { fuzz: [], hugePages: [], failed: status !== 0 };
  for (const line of output.split('\n')) {
    const fuzz = /^fuzz: (\d+) cases \(([^)]+)\)/.exec(line);
    if (fuzz) figures.fuzz.push({ cases: Number(fuzz[1]), label: fuzz[2] as string });
    if (/^readability corpus: /.test(line)) figures.pages = line.replace(/^readability corpus: /, '');
    if (/^huge pages: worst/.test(line)) figures.hugeWorst = line.replace(/^huge pages: /, '');
    if (/^huge page: /.test(line)) figures.hugePages.push(line.replace(/^huge page: /, ''));
  }
  return figures;
}

function report(f: Figures): string {
  const total = f.fuzz.reduce((sum, x) => sum + x.cases, 0);
  return [
    'Reliability figures',
    `  pages run:  ${f.pages ?? 'not reported (did test/unit/content/corpus.test.ts run?)'}`,
    `  fuzz cases: ${total} (${f.fuzz.map((x) => `${x.label}: ${x.cases}`).join('; ')})`,
    `  huge page:  ${f.hugeWorst ?? 'not reported'}`,
    ...f.hugePages.map((p) => `              ${p}`),
    `  command:    npx vitest run --project unit ${SUITES.join(' ')}`,
    f.failed ? '  SOME TESTS FAILED: the figures above are incomplete.' : '  all tests passed',
  ].join('\n');
}

const { output, status } = run();
const figures = collect(output, status);
console.log(report(figures));
process.exitCode = figures.failed ? 1 : 0;
