/**
 * `kindness explain <rule>`: what a rule catches, what it does not, why it matters and kinder ways
 * to say it, from the rule's README, with its messages' own notes as the fallback for plugin rules
 * that ship no README.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Chalk, type ChalkInstance } from 'chalk';
import { UsageError } from '../core/errors.js';
import type { Rule } from '../core/types.js';
import { createLinter } from '../config/create-linter.js';
import { decideColorLevel } from './color.js';
import type { CliIO, ExitCode } from './io.js';

export interface ExplainOptions {
  config?: string;
  color?: boolean;
}

/** Sections shown, in order, as headed in every rule README. */
const SECTIONS = ['What it catches', 'What it does not catch', "The model's part", 'Why it matters', 'Options', 'Examples'];

async function readReadme(rule: Rule): Promise<string | undefined> {
  const { docs, docsPath } = rule.meta;
  const file = docsPath ?? (docs.startsWith('file:') ? fileURLToPath(docs) : undefined);
  if (file === undefined) return undefined;
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The README's `## name` sections, by name. */
function splitSections(markdown: string): Map<string, string> {
  const sections = new Map<string, string>();
  for (const part of markdown.split(/^## /m).slice(1)) {
    const newline = part.indexOf('\n');
    sections.set(part.slice(0, newline).trim(), part.slice(newline + 1).trim());
  }
  return sections;
}

/** Markdown as plain terminal text: tables as "draft → kinder" lines, code marks dropped. */
function renderMarkdown(body: string, chalk: ChalkInstance): string[] {
  const lines: string[] = [];
  for (const line of body.split('\n')) {
    if (/^\|[-| :]+\|$/.test(line.trim()) || line.startsWith('```')) continue;
    const cells = line.trim().startsWith('|') ? line.trim().slice(1, -1).split('|').map((cell) => cell.trim()) : undefined;
    const code = (text: string) => text.replace(/`([^`]+)`/g, (_, inner: string) => chalk.cyan(inner));
    if (cells !== undefined) lines.push(code(`  ${cells[0] ?? ''}${cells.length > 1 ? `  ${chalk.green('→')}  ${cells.slice(1).join('  ')}` : ''}`));
    else lines.push(code(`  ${line}`));
  }
  return lines;
}

function fromMessages(rule: Rule, chalk: ChalkInstance): string[] {
  const lines: string[] = [];
  for (const spec of Object.values(rule.meta.messages)) {
    lines.push('', chalk.bold(spec.message.replace(/\{\{\s*\w+\s*\}\}/g, '…')), `  ${spec.why}`);
    for (const kinder of spec.kinder) lines.push(`  ${chalk.green('Kinder:')} ${kinder}`);
  }
  return lines;
}

export async function runExplain(ruleId: string, options: ExplainOptions, io: CliIO): Promise<ExitCode> {
  const { rules } = await (await createLinter({ cwd: io.cwd, configFile: options.config })).setupFor(io.cwd);
  const rule = rules.get(ruleId);
  if (rule === undefined) throw new UsageError(`explain ${ruleId}: unknown rule (known: ${[...rules.keys()].join(', ')})`);
  const chalk = new Chalk({ level: decideColorLevel(options.color, io) });
  const { meta } = rule;
  const lines = [chalk.bold.underline(meta.id), `${meta.description.replace(/\.$/, '')}. Category: ${meta.category}; default: ${meta.defaultLevel === 'error' ? 'error' : 'warning'}.`];
  const readme = await readReadme(rule);
  const sections = readme === undefined ? new Map<string, string>() : splitSections(readme);
  const shown = SECTIONS.filter((name) => sections.has(name));
  for (const name of shown) lines.push('', chalk.bold(name), ...renderMarkdown(sections.get(name) as string, chalk));
  if (!shown.includes('Why it matters')) lines.push(...fromMessages(rule, chalk));
  if (meta.docs !== '') lines.push('', chalk.dim(`More: ${meta.docs}`));
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
