/** Runs the CLI in-process with fake streams, as bin/kindness.cjs would with real ones. */
import path from 'node:path';
import { run } from '../../src/cli/run.js';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const FIXTURES = path.join(REPO_ROOT, 'fixtures');

/** Report blocks come as UTF-8 bytes, messages as strings. */
const decode = (chunk: string | Uint8Array): string => (typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliRunOptions {
  stdin?: string;
  stdinIsTTY?: boolean;
  stdoutIsTTY?: boolean;
  env?: Record<string, string | undefined>;
  cwd?: string;
}

export async function runCli(args: readonly string[], options: CliRunOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const input = options.stdin ?? '';
  const code = await run(args, {
    stdin: {
      isTTY: options.stdinIsTTY ?? false,
      async *[Symbol.asyncIterator]() {
        if (input !== '') yield Buffer.from(input);
      },
    },
    stdout: { isTTY: options.stdoutIsTTY ?? false, write: (chunk: string | Uint8Array) => (stdout += decode(chunk)) },
    stderr: { isTTY: false, write: (chunk: string | Uint8Array) => (stderr += decode(chunk)) },
    env: options.env ?? {},
    cwd: options.cwd ?? REPO_ROOT,
  });
  return { code, stdout, stderr };
}
