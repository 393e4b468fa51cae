#!/usr/bin/env node
// Process wiring only: the CLI lives in src/cli (bundled to dist/cli) and returns the exit code.
import { isatty } from 'node:tty';
import { run } from '../dist/cli/run.js';

process.exitCode = await run(process.argv.slice(2), {
  // Touching process.stdin sets up a stream; only do it when input is actually read.
  stdin: {
    isTTY: isatty(0),
    [Symbol.asyncIterator]: () => process.stdin[Symbol.asyncIterator](),
  },
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
