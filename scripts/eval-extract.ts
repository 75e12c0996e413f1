// Extraction evaluation entry point; see src/eval/extraction/cli.ts and the README's Extraction section.
import { BriefError } from '../src/core/types.ts';
import { parseExtractEvalArgs, runExtractEval } from '../src/eval/extraction/cli.ts';

try {
  console.log(runExtractEval(parseExtractEvalArgs(process.argv.slice(2)), (line) => console.error(line)));
} catch (error) {
  if (!(error instanceof BriefError)) throw error;
  console.error(`eval:extract: ${error.message}`);
  process.exitCode = 2;
}
