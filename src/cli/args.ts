// Command-line arguments of `brief`. Parsing never throws: bad usage comes back as a message.

export type OutputFormat = 'md' | 'json' | 'text';

export interface CliOptions {
  command: 'brief' | 'extract' | 'help';
  file?: string;
  url?: string;
  format?: OutputFormat;
  /** "Brief anyway": read the whole page even when it is not an article. */
  wholePage: boolean;
}

export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; message: string };

export const USAGE = `Usage:
  brief <file.html> [--url URL] [--format md|json|text] [--whole-page]
      Print the brief of an HTML page (default format: md).
  brief extract <file.html> [--url URL] [--format text|md|json] [--whole-page]
      Print the extracted article text, blocks separated by blank lines (json: the whole article).
  brief --help

Options:
  --url URL       The page's address, shown at the end of the brief (default: the file's URL).
  --format F      md (Markdown), text (plain text) or json.
  --whole-page    Read the whole page's text even when it does not look like an article.
  -h, --help      Show this help.`;

const FORMATS: readonly string[] = ['md', 'json', 'text'];

function takeValue(argv: string[], i: number, name: string): string | { error: string } {
  const value = argv[i + 1];
  if (value === undefined || value.startsWith('--')) return { error: `${name} needs a value.` };
  return value;
}

export function parseArgs(argv: string[]): ParsedArgs {
  const options: CliOptions = { command: 'brief', wholePage: false };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '-h' || flag === '--help') return { ok: true, options: { ...options, command: 'help' } };
    if (flag === '--whole-page') {
      options.wholePage = true;
    } else if (flag === '--url' || flag === '--format') {
      const value = inline ?? takeValue(argv, i, flag);
      if (typeof value !== 'string') return { ok: false, message: value.error };
      if (inline === undefined) i++;
      if (flag === '--url') options.url = value;
      else if (FORMATS.includes(value)) options.format = value as OutputFormat;
      else return { ok: false, message: `Unknown format "${value}": use md, json or text.` };
    } else if (flag.startsWith('-') && flag !== '-') {
      return { ok: false, message: `Unknown option ${flag}.` };
    } else {
      positional.push(arg);
    }
  }
  if (positional[0] === 'extract') {
    options.command = 'extract';
    positional.shift();
  }
  if (positional.length === 0) return { ok: false, message: 'No input file given.' };
  if (positional.length > 1) return { ok: false, message: `Expected one input file, got ${positional.length}.` };
  options.file = positional[0];
  if (options.url !== undefined && !isHttpUrl(options.url)) {
    return { ok: false, message: `--url must be an http(s) address, got "${options.url}".` };
  }
  return { ok: true, options };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
