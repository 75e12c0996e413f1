// Command-line arguments of `brief`. Parsing never throws: bad usage comes back as a message.

export type OutputFormat = 'md' | 'json' | 'text';

export interface CliOptions {
  command: 'brief' | 'extract' | 'help';
  file?: string;
  url?: string;
  format?: OutputFormat;
  /** "Brief anyway": read the whole page even when it is not an article. */
  wholePage: boolean;
  /** The engine: the built-in one (default) or an OpenAI-compatible server. */
  engine: 'extractive' | 'openai';
  endpoint?: string;
  model?: string;
  /** The name of an environment variable holding the API key (a key never goes on the command line). */
  apiKeyEnv?: string;
  /** The model's context in tokens; the article is trimmed to fit. */
  context?: number;
}

export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; message: string };

export const USAGE = `Usage:
  brief <file.html> [--url URL] [--format md|json|text] [--whole-page]
      Print the brief of an HTML page (default format: md).
  brief extract <file.html> [--url URL] [--format text|md|json] [--whole-page]
      Print the extracted article text, blocks separated by blank lines (json: the whole article).
  brief <file.html> --engine openai --endpoint URL --model NAME [--api-key-env VAR] [--context TOKENS]
      The same brief written by a model on an OpenAI-compatible server (Ollama, LM Studio,
      llama.cpp, vLLM, OpenAI). The article's text is sent to that server.
  brief --help

Options:
  --url URL       The page's address, shown at the end of the brief (default: the file's URL).
  --format F      md (Markdown), text (plain text) or json.
  --whole-page    Read the whole page's text even when it does not look like an article.
  --engine E      extractive (built-in, offline; the default) or openai.
  --endpoint URL  The server's OpenAI-compatible address, e.g. http://127.0.0.1:11434/v1 (Ollama).
  --model NAME    The model to ask, as the server lists it.
  --api-key-env V Read the API key from environment variable V.
  --context N     The model's context in tokens (default 4096); longer articles are trimmed.
  -h, --help      Show this help.`;

const FORMATS: readonly string[] = ['md', 'json', 'text'];
const VALUE_FLAGS = ['--url', '--format', '--engine', '--endpoint', '--model', '--api-key-env', '--context'];

function takeValue(argv: string[], i: number, name: string): string | { error: string } {
  const value = argv[i + 1];
  if (value === undefined || value.startsWith('--')) return { error: `${name} needs a value.` };
  return value;
}

export function parseArgs(argv: string[]): ParsedArgs {
  const options: CliOptions = { command: 'brief', wholePage: false, engine: 'extractive' };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '-h' || flag === '--help') return { ok: true, options: { ...options, command: 'help' } };
    if (flag === '--whole-page') {
      options.wholePage = true;
    } else if (VALUE_FLAGS.includes(flag)) {
      const value = inline ?? takeValue(argv, i, flag);
      if (typeof value !== 'string') return { ok: false, message: value.error };
      if (inline === undefined) i++;
      const problem = setValue(options, flag, value);
      if (problem) return { ok: false, message: problem };
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
  if (options.engine === 'openai') {
    if (!options.endpoint) return { ok: false, message: '--engine openai needs --endpoint (e.g. http://127.0.0.1:11434/v1).' };
    if (!isHttpUrl(options.endpoint)) return { ok: false, message: `--endpoint must be an http(s) address, got "${options.endpoint}".` };
    if (!options.model) return { ok: false, message: '--engine openai needs --model (the name the server lists).' };
  } else if (options.endpoint || options.model || options.apiKeyEnv) {
    return { ok: false, message: '--endpoint, --model and --api-key-env go with --engine openai.' };
  }
  return { ok: true, options };
}

/** One option's value into the options; a problem comes back as a message. */
function setValue(options: CliOptions, flag: string, value: string): string | undefined {
  if (flag === '--url') options.url = value;
  else if (flag === '--format') {
    if (!FORMATS.includes(value)) return `Unknown format "${value}": use md, json or text.`;
    options.format = value as OutputFormat;
  } else if (flag === '--engine') {
    if (value !== 'extractive' && value !== 'openai') return `Unknown engine "${value}": use extractive or openai.`;
    options.engine = value;
  } else if (flag === '--endpoint') options.endpoint = value;
  else if (flag === '--model') options.model = value;
  else if (flag === '--api-key-env') {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(value)) return `--api-key-env takes the name of an environment variable, got "${value}".`;
    options.apiKeyEnv = value;
  } else if (flag === '--context') {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1024) return `--context takes a number of tokens of at least 1024, got "${value}".`;
    options.context = n;
  }
  return undefined;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
