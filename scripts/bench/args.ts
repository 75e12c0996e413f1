// Command line of `npm run bench`.
export const SECTIONS = ['extraction', 'summarizer', 'e2e', 'firefox', 'model', 'history', 'bundle'] as const;
export type Section = (typeof SECTIONS)[number];

export interface BenchOptions {
  /** Also write the table and the raw figures as JSON here. */
  json?: string;
  /** End-to-end runs per page and popup (the issue asks for at least 20). */
  runs: number;
  /** Fewer repetitions everywhere: for trying the harness, not for figures. */
  quick: boolean;
  /** Rebuild dist/ even when it exists. */
  build: boolean;
  sections: Section[];
}

export const USAGE = `Usage: npm run bench -- [--json FILE] [--runs N] [--quick] [--build] [--only ${SECTIONS.join(',')}]`;
export const MIN_RUNS = 20;

export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { runs: MIN_RUNS, quick: false, build: false, sections: [...SECTIONS] };
  let runsGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${arg} needs a value\n${USAGE}`);
      return v;
    };
    if (arg === '--json') options.json = value();
    else if (arg === '--runs') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) throw new Error(`--runs needs a whole number of at least 1\n${USAGE}`);
      options.runs = n;
      runsGiven = true;
    } else if (arg === '--quick') options.quick = true;
    else if (arg === '--build') options.build = true;
    else if (arg === '--only') options.sections = parseSections(value());
    else throw new Error(`unknown option ${arg}\n${USAGE}`);
  }
  if (options.quick && !runsGiven) options.runs = 5;
  return options;
}

function parseSections(list: string): Section[] {
  const names = list.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !(SECTIONS as readonly string[]).includes(n));
  if (names.length === 0 || unknown.length > 0) throw new Error(`--only takes ${SECTIONS.join(', ')}; got ${list}`);
  return names as Section[];
}
