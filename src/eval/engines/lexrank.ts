// Peer: lexrank (npm), Radev's LexRank with Tanimoto similarity and its own sentence splitter,
// returning its top three sentences in article order. It runs in a worker thread (see
// lexrank-worker.cjs for why); the time reported is measured inside the worker.
import { Worker } from 'node:worker_threads';
import { articleText } from '../article.ts';
import { POINTS, type EngineOutput, type EvalEngine } from './types.ts';

interface Reply { id: number; points?: string[]; error?: string; ms: number }

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, { resolve: (out: EngineOutput) => void; reject: (err: Error) => void }>();

function startWorker(): Worker {
  const w = new Worker(new URL('./lexrank-worker.cjs', import.meta.url));
  w.on('message', (reply: Reply) => {
    const waiter = pending.get(reply.id);
    pending.delete(reply.id);
    if (pending.size === 0) w.unref(); // an idle worker must not keep the process alive
    if (reply.error !== undefined || !reply.points) waiter?.reject(new Error(reply.error ?? 'no reply'));
    else waiter?.resolve({ points: reply.points, ms: reply.ms });
  });
  w.on('error', (err) => {
    for (const waiter of pending.values()) waiter.reject(err);
    pending.clear();
    worker = undefined;
  });
  return w;
}

function summarize(text: string): Promise<EngineOutput> {
  worker ??= startWorker();
  const w = worker;
  const id = nextId++;
  w.ref();
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.postMessage({ id, text, lines: POINTS });
  });
}

export const engine: EvalEngine = {
  id: 'lexrank',
  label: 'lexrank 1.0 (npm): LexRank, Tanimoto similarity; run in a worker thread',
  summarize: (article) => summarize(articleText(article)),
};
