/**
 * `kindness rules`: every rule (built-in and from the config's plugins), its category, default
 * severity, and what the config that applies here does with it.
 */
import { createConfigLoader } from '../config/load-config.js';
import { resolveConfig } from '../config/resolve.js';
import { BUILT_IN_RULES } from '../../rules/index.js';
import { Chalk } from 'chalk';
import { decideColorLevel } from './color.js';
import type { CliIO, ExitCode } from './io.js';

export interface RulesOptions {
  config?: string;
  format: 'table' | 'json';
  color?: boolean;
}

const LEVEL_NAMES = { off: 'off', warn: 'warning', error: 'error' } as const;

export async function runRules(options: RulesOptions, io: CliIO): Promise<ExitCode> {
  const loader = createConfigLoader(BUILT_IN_RULES);
  const loaded = options.config === undefined ? await loader.search(io.cwd) : await loader.load(options.config, io.cwd);
  const config = resolveConfig(loaded.config, loaded.rules);
  const rows = [...loaded.rules.values()].map(({ meta }) => ({
    id: meta.id,
    category: meta.category,
    defaultSeverity: LEVEL_NAMES[meta.defaultLevel],
    configured: LEVEL_NAMES[config.rules[meta.id]?.level ?? 'off'],
    description: meta.description,
  }));
  if (options.format === 'json') {
    io.stdout.write(`${JSON.stringify({ config: loaded.filepath ?? null, rules: rows }, null, 2)}\n`);
    return 0;
  }
  const chalk = new Chalk({ level: decideColorLevel(options.color, io) });
  const idWidth = Math.max(4, ...rows.map((row) => row.id.length));
  const header = `${'rule'.padEnd(idWidth)}  ${'category'.padEnd(16)}  ${'default'.padEnd(7)}  ${'here'.padEnd(7)}  description`;
  const lines = [chalk.bold(header)];
  for (const row of rows) {
    const here = row.configured === 'off' ? chalk.dim('off    ') : row.configured === 'error' ? chalk.red('error  ') : chalk.yellow('warning');
    lines.push(`${row.id.padEnd(idWidth)}  ${row.category.padEnd(16)}  ${row.defaultSeverity.padEnd(7)}  ${here}  ${row.description}`);
  }
  const source = loaded.filepath === undefined ? 'no config file found: the recommended preset applies' : `config: ${loaded.filepath}`;
  lines.push('', chalk.dim(`"here" is what ${source}. kindness explain <rule> tells you more about one.`), '');
  io.stdout.write(lines.join('\n'));
  return 0;
}
