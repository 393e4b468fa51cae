import type { CliIO } from './io.js';

export type ColorLevel = 0 | 1 | 2 | 3;

function levelFromForceColor(value: string): ColorLevel {
  if (value === '0' || value === 'false') return 0;
  if (value === '2') return 2;
  if (value === '3') return 3;
  return 1;
}

/**
 * Decides colour once: `--color` / `--no-color` first, then FORCE_COLOR, then NO_COLOR, then
 * whether stdout is a terminal. Returns chalk's level.
 */
export function decideColorLevel(flag: boolean | undefined, io: Pick<CliIO, 'env' | 'stdout'>): ColorLevel {
  const { env } = io;
  if (flag === false) return 0;
  const forced = env.FORCE_COLOR === undefined ? undefined : levelFromForceColor(env.FORCE_COLOR);
  if (flag === true) return forced === undefined || forced === 0 ? 1 : forced;
  if (forced !== undefined) return forced;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (!io.stdout.isTTY || env.TERM === 'dumb') return 0;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  return env.TERM?.includes('256') ? 2 : 1;
}
