#!/usr/bin/env node
// Process wiring only: the CLI lives in src/cli (bundled to dist/cli) and returns the exit code.
import { createRequire } from 'node:module';
import { run } from '../dist/cli/run.js';

const require = createRequire(import.meta.url);

process.exitCode = await run(process.argv.slice(2), {
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
});
