#!/usr/bin/env node
// Process wiring only: the CLI lives in src/cli and returns the exit code.
import { run } from '../dist/src/cli/run.js';

process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
