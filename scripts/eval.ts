// Evaluation harness entry point; see src/eval/cli.ts and the README's Quality section.
import { BriefError } from '../src/core/types.ts';
import { EvalRunFailed, parseEvalArgs, runEvalCommand, type EvalHooks } from '../src/eval/cli.ts';

try {
  const opts = parseEvalArgs(process.argv.slice(2));
  if (opts.openai && !opts.limit) {
    console.error('eval: no --limit, so every article of the file goes to the model; add --limit N for a quick run');
  }
  // A model run takes seconds an article: show where it is, on a terminal only.
  const hooks: EvalHooks = process.stderr.isTTY
    ? { onProgress: (done, total) => process.stderr.write(`\reval: ${done}/${total} articles${done === total ? '\n' : ''}`) }
    : {};
  console.log(await runEvalCommand(opts, hooks));
} catch (err) {
  if (!(err instanceof BriefError)) throw err;
  if (err instanceof EvalRunFailed) console.log(err.output);
  console.error(`eval: ${err.message}`);
  process.exitCode = 2;
}
