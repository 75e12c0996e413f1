// Runs the lexrank package in its own thread. Its sentence splitter (sentence-tokenizer) loads
// Sugar 1.3, which replaces some 40 methods of Array.prototype and other built-ins; loaded in
// the harness's thread it changes how every other engine and the harness itself run.
// Plain CommonJS so that it runs as is under tsx, vitest and node alike.
'use strict';
const { parentPort } = require('node:worker_threads');
const { performance } = require('node:perf_hooks');
const lexrank = require('lexrank');

parentPort.on('message', ({ id, text, lines }) => {
  const start = performance.now();
  try {
    lexrank.summarize(text, lines, (err, topLines) => {
      const ms = performance.now() - start;
      if (err) parentPort.postMessage({ id, error: String(err && err.message ? err.message : err), ms });
      else parentPort.postMessage({ id, points: topLines.map((l) => String(l.text).trim()), ms });
    });
  } catch (err) {
    parentPort.postMessage({ id, error: String(err && err.message ? err.message : err), ms: performance.now() - start });
  }
});
