// Evaluation harness entry point; see src/eval/cli.ts and the README's Quality section.
import { BriefError } from '../src/core/types.ts';
import { parseEvalArgs, runEvalCommand } from '../src/eval/cli.ts';

try {
  console.log(await runEvalCommand(parseEvalArgs(process.argv.slice(2))));
} catch (err) {
  if (!(err instanceof BriefError)) throw err;
  console.error(`eval: ${err.message}`);
  process.exitCode = 2;
}
