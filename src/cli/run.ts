/**
 * The whole CLI as a function: arguments and streams in, exit code out. Nothing here calls
 * process.exit(); bin/kindness.cjs sets process.exitCode from what this returns.
 */
import { CommanderError } from 'commander';
import { KindnessError } from '../core/errors.js';
import { readVersion } from './version.js';
import type { CliIO, ExitCode } from './io.js';
import { createProgram } from './program.js';

/**
 * Runs kindness with `argv` (the user's arguments, without `node` and the script).
 *
 * @returns 0 when nothing fails, 1 when findings fail, 2 on a usage, config or input error.
 */
export async function run(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  let code: ExitCode = 0;
  const wantsVersion = argv.includes('--version') || argv.includes('-v');
  const program = createProgram(io, wantsVersion ? await readVersion() : '', (exitCode) => (code = exitCode));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof KindnessError) {
      io.stderr.write(`kindness: ${error.message}\n`);
      return 2;
    }
    const debug = io.env.DEBUG?.split(',').some((name) => name.trim() === 'kindness' || name.trim() === '*');
    const detail = error instanceof Error ? (debug ? error.stack ?? error.message : error.message) : String(error);
    io.stderr.write(`kindness: unexpected error: ${detail}\n${debug ? '' : 'Run again with DEBUG=kindness for details.\n'}`);
    return 2;
  }
}
