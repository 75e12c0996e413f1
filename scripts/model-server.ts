// `tsx scripts/model-server.ts [--port 8089] [--api-key KEY] [--max-tokens 300] [--delay MS]
//                              [--fault none|ollama-403|...] [--model PATH.gguf] [--verbose]`
// Starts the tiny in-process OpenAI-compatible model server (scripts/lib/model-server.ts) for
// trying by hand with curl or the `brief` CLI. Ctrl-C stops it.
import { parseArgs } from 'node:util';
import { startModelServer, type ServerFault } from './lib/model-server.ts';

const FAULTS: readonly ServerFault[] = ['none', 'ollama-403', 'http-500', 'cut-stream', 'non-json', 'reject-json-schema', 'unauthorized'];

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8089' },
    'api-key': { type: 'string' },
    'max-tokens': { type: 'string' },
    delay: { type: 'string' },
    fault: { type: 'string', default: 'none' },
    model: { type: 'string' },
    verbose: { type: 'boolean', short: 'v', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(
    'Usage: tsx scripts/model-server.ts [--port 8089] [--api-key KEY] [--max-tokens N] [--delay MS]\n' +
      `                                 [--fault ${FAULTS.join('|')}] [--model PATH.gguf] [--verbose]`,
  );
  process.exit(0);
}
const fault = values.fault as ServerFault;
if (!FAULTS.includes(fault)) {
  console.error(`Unknown --fault ${values.fault}; one of ${FAULTS.join(', ')}`);
  process.exit(2);
}

const started = performance.now();
const server = await startModelServer({
  port: Number(values.port),
  apiKey: values['api-key'],
  maxTokens: values['max-tokens'] ? Number(values['max-tokens']) : undefined,
  firstByteDelayMs: values.delay ? Number(values.delay) : undefined,
  modelPath: values.model,
});
server.fault = fault;

console.log(`Model server ready in ${Math.round(performance.now() - started)} ms`);
console.log(`  base URL: ${server.baseUrl}`);
console.log(`  model:    ${server.model}`);
if (values['api-key']) console.log(`  API key:  ${values['api-key']}`);
if (fault !== 'none') console.log(`  fault:    ${fault}`);
console.log(`\nTry:\n  curl -s ${server.baseUrl}/models`);
console.log(
  `  curl -sN ${server.baseUrl}/chat/completions -H 'Content-Type: application/json' ` +
    `-d '{"model":"${server.model}","stream":true,"response_format":{"type":"json_object"},"messages":[{"role":"user","content":"Hello"}]}'`,
);

if (values.verbose) {
  let seen = 0;
  setInterval(() => {
    for (; seen < server.requests.length; seen++) {
      const r = server.requests[seen]!;
      console.log(`${new Date().toISOString()} ${r.method} ${r.path}${r.headers.origin ? ` (Origin: ${String(r.headers.origin)})` : ''}`);
    }
  }, 200).unref();
}

let stopping = false;
const stop = (): void => {
  if (stopping) return;
  stopping = true;
  server.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
