#!/usr/bin/env node
// Process wiring only: the CLI lives in src/cli (bundled to dist/cli/run.cjs) and returns the exit
// code. CommonJS on purpose: starting without the ESM loader is measurably faster.
'use strict';

const { run } = require('../dist/cli/run.cjs');

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
