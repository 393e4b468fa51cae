#!/usr/bin/env node
// Process wiring only: the CLI lives in src/cli (bundled to dist/cli/run.cjs) and returns the exit
// code. CommonJS on purpose: starting without the ESM loader is measurably faster.
'use strict';

const { run } = require('./compile-cache.cjs').requireCached(require('node:path').join(__dirname, '../dist/cli/run.cjs'));

// `kindness check big.txt | head -1`: once the reader has gone, what is left to write has nowhere
// to go. Drop it quietly and let the run finish with its usual exit code, as ripgrep does; any
// other stream error is still an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  });
}

run(process.argv.slice(2), {
  // Touching process.stdin sets up a stream, and node:tty loads node:net: both cost start-up,
  // so neither happens unless standard input is actually needed.
  stdin: {
    get isTTY() {
      return require('node:tty').isatty(0);
    },
    [Symbol.asyncIterator]: () => process.stdin[Symbol.asyncIterator](),
  },
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
}).then((code) => {
  process.exitCode = code;
});
