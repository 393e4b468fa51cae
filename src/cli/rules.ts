/**
 * `kindness rules`: every rule (built-in and from the config's plugins), its category, default
 * severity, and what the config that applies here does with it.
 */
import { createLinter } from '../config/create-linter.js';
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
  const linter = await createLinter({ cwd: io.cwd, configFile: options.config });
  const { config, rules, filepath } = await linter.setupFor(io.cwd);
  const rows = [...rules.values()].map(({ meta }) => ({
    id: meta.id,
    category: meta.category,
    defaultSeverity: LEVEL_NAMES[meta.defaultLevel],
    configured: LEVEL_NAMES[config.rules[meta.id]?.level ?? 'off'],
    description: meta.description,
  }));
  if (options.format === 'json') {
    io.stdout.write(`${JSON.stringify({ config: filepath ?? null, rules: rows }, null, 2)}\n`);
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
  const source = filepath === undefined ? 'the recommended preset (no config file was found from here)' : filepath;
  lines.push('', chalk.dim(`"here" is the level set by ${source}.`), chalk.dim('kindness explain <rule> tells you more about one rule.'), '');
  io.stdout.write(lines.join('\n'));
  return 0;
}
