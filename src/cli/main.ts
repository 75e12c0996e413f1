// The `brief` command: an HTML file in, a brief (or the extracted article) out, on the same
// extraction and summarizer code as the extension. Every failure is one line on stderr and a
// non-zero exit code, never a stack trace.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { extractArticle } from '../content/extract.ts';
import { summarizeArticle } from '../core/index.ts';
import { createOpenAiEngine } from '../engines/openai-compatible/engine.ts';
import { BriefError, errorMessage, type Article } from '../core/types.ts';
import { parseArgs, USAGE, type CliOptions } from './args.ts';
import { formatArticle, formatBrief } from './output.ts';
import { parseHtmlDocument } from './parse-html.ts';
import { readHtmlFile } from './read-input.ts';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Environment variables (for --api-key-env); default process.env. */
  env?: Record<string, string | undefined>;
}

/** Exit codes: 0 done, 1 the input could not be briefed, 2 bad usage. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

const defaultIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(`brief: ${text}\n`),
};

type Step<T> = { ok: true; value: T } | { ok: false; message: string };

async function loadArticle(options: CliOptions): Promise<Step<Article>> {
  const file = options.file as string;
  const input = await readHtmlFile(file);
  if (!input.ok) return { ok: false, message: input.message };
  const document = parseHtmlDocument(input.html);
  const url = options.url ?? pathToFileURL(resolve(file)).href;
  const result = extractArticle(document, { url, mode: options.wholePage ? 'whole-page' : 'article' });
  if (result.ok) return { ok: true, value: result.article };
  const hint = result.code === 'not-article' ? ' Run again with --whole-page to use the whole page\'s text.' : '';
  return { ok: false, message: `${result.message}${hint}` };
}

function describeFailure(error: unknown): string {
  if (error instanceof BriefError) return error.message;
  const text = errorMessage(error);
  return `Internal error: ${text.split('\n')[0]} (please report this with the input file).`;
}

/** The brief from the model server; no fallback: the user asked for this engine. */
async function modelBrief(article: Article, options: CliOptions, io: CliIo) {
  let apiKey: string | undefined;
  if (options.apiKeyEnv) {
    apiKey = (io.env ?? process.env)[options.apiKeyEnv];
    if (!apiKey) {
      io.err(`The environment variable ${options.apiKeyEnv} is not set (it should hold the API key).`);
      return undefined;
    }
  }
  const engine = createOpenAiEngine({ baseUrl: options.endpoint as string, model: options.model as string, apiKey, contextTokens: options.context });
  try {
    return await engine.summarize(article);
  } catch (error) {
    io.err(errorMessage(error).split('\n')[0] as string);
    return undefined;
  }
}

export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.err(`${parsed.message} Run "brief --help" for usage.`);
    return EXIT_USAGE;
  }
  const options = parsed.options;
  if (options.command === 'help') {
    io.out(USAGE);
    return EXIT_OK;
  }
  try {
    const article = await loadArticle(options);
    if (!article.ok) {
      io.err(article.message);
      return EXIT_FAILED;
    }
    if (options.command === 'extract') {
      io.out(formatArticle(article.value, options.format ?? 'text'));
    } else {
      const brief = options.engine === 'openai' ? await modelBrief(article.value, options, io) : summarizeArticle(article.value);
      if (!brief) return EXIT_FAILED;
      io.out(formatBrief(brief, options.format ?? 'md'));
    }
    return EXIT_OK;
  } catch (error) {
    io.err(describeFailure(error));
    return EXIT_FAILED;
  }
}
