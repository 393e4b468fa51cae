/**
 * `kindness init`: writes a commented `.kindnessrc` in the working folder. On a terminal it asks
 * who reads the posts and how strict to be; `--yes` (or no terminal) takes the answers from
 * `--audience` and `--strictness`, or their defaults.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import { PRESETS, type PresetName } from '../config/presets.js';
import { CUSTOM_TERMS_RULE, resolveConfig } from '../config/resolve.js';
import type { RuleLevel } from '../core/types.js';
import { BUILT_IN_RULES } from '../../rules/index.js';
import type { CliIO, ExitCode, InputStream } from './io.js';

export const AUDIENCES = ['general', 'kids', 'professional'] as const;
export const STRICTNESS = ['relaxed', 'standard', 'strict'] as const;
type Audience = (typeof AUDIENCES)[number];
type Strictness = (typeof STRICTNESS)[number];

export interface InitOptions {
  yes: boolean;
  force: boolean;
  audience?: Audience;
  strictness?: Strictness;
}

const FILE_NAME = '.kindnessrc';
const EXISTING = ['.kindnessrc', '.kindnessrc.json', '.kindnessrc.yaml', '.kindnessrc.yml', '.kindnessrc.js', '.kindnessrc.cjs', '.kindnessrc.mjs', 'kindness.config.js', 'kindness.config.cjs', 'kindness.config.mjs'];

const AUDIENCE_PRESETS: Readonly<Record<Audience, PresetName>> = {
  general: 'kindness:recommended',
  kids: 'kindness:kids',
  professional: 'kindness:professional',
};

/** Reads standard input a line at a time. */
function createLineReader(input: InputStream): () => Promise<string | undefined> {
  const chunks = input[Symbol.asyncIterator]();
  let buffer = '';
  return async () => {
    while (!buffer.includes('\n')) {
      const next = await chunks.next();
      if (next.done === true) {
        const rest = buffer;
        buffer = '';
        return rest === '' ? undefined : rest;
      }
      buffer += String(next.value);
    }
    const end = buffer.indexOf('\n');
    const line = buffer.slice(0, end).replace(/\r$/, '');
    buffer = buffer.slice(end + 1);
    return line;
  };
}

async function ask<T extends string>(io: CliIO, readLine: () => Promise<string | undefined>, question: string, choices: readonly T[], fallback: T): Promise<T> {
  for (let attempt = 0; attempt < 3; attempt++) {
    io.stderr.write(`? ${question} (${choices.map((choice, index) => `${index + 1}. ${choice}`).join(', ')}) [${fallback}]: `);
    const answer = (await readLine())?.trim().toLowerCase();
    if (answer === undefined) break;
    if (answer === '') return fallback;
    const picked = choices.find((choice, index) => choice.startsWith(answer) || String(index + 1) === answer);
    if (picked !== undefined) return picked;
    io.stderr.write(`  Please answer with one of: ${choices.join(', ')}\n`);
  }
  throw new UsageError(`init: no answer to "${question}"; run kindness init --yes --audience <name> --strictness <level>`);
}

/** A rule setting as YAML: `error`, or `[error, { includeMild: true }]` when it has options. */
function renderEntry(level: RuleLevel, options: Readonly<Record<string, unknown>>): string {
  const entries = Object.entries(options);
  if (entries.length === 0) return level;
  return `[${level}, { ${entries.map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join(', ')} }]`;
}

/** The config file text: every choice explained, every rule listed so it is easy to change. */
export function renderConfig(audience: Audience, strictness: Strictness): string {
  const presets: PresetName[] = [AUDIENCE_PRESETS[audience]];
  if (strictness === 'strict') presets.push('kindness:strict');
  const extendsLine = presets.length === 1 ? `extends: ${presets[0]}` : `extends: [${presets.join(', ')}]`;
  const presetNotes = Object.entries(PRESETS).map(([name, preset]) => `#   ${name.padEnd(22)} ${preset.description}`);
  // Each commented line shows what the chosen presets already do, so uncommenting it changes nothing.
  const effective = resolveConfig({ extends: presets }, BUILT_IN_RULES).rules;
  const ruleLines = [...BUILT_IN_RULES.values()]
    .filter(({ meta }) => meta.id !== CUSTOM_TERMS_RULE)
    .map(({ meta }) => {
      const relaxedOff = strictness === 'relaxed' && meta.id === 'profanity';
      const setting = effective[meta.id] ?? { level: meta.defaultLevel, options: {} };
      const value = relaxedOff ? 'off' : renderEntry(setting.level, setting.options);
      return `  ${relaxedOff ? '' : '# '}${meta.id}: ${value}${' '.repeat(Math.max(1, 44 - meta.id.length - value.length))}# ${meta.description}`;
    });
  return [
    `# kindness config, written by \`kindness init\` for a ${audience} audience, ${strictness} strictness.`,
    '# YAML. kindness finds it from any folder below this one. `kindness rules` shows what it turns on,',
    '# `kindness explain <rule>` what a rule catches and why.',
    '',
    '# The preset to start from; a list applies each in turn:',
    ...presetNotes,
    extendsLine,
    '',
    '# Each rule as the preset sets it: off, warn or error, or [level, { options }]. Uncomment a line',
    '# and change it to override the preset.',
    'rules:',
    ...ruleLines,
    '',
    '# Words and phrases never to report, matched the way rules see them (case, accents and',
    '# leetspeak folded): in-jokes, words your community has reclaimed.',
    'allow: []',
    '',
    '# Words of your own to flag. match is a plain word or phrase, with * for letters inside a word.',
    '# terms:',
    '#   - match: "noob*"',
    '#     severity: warn',
    '#     suggestion: newcomer',
    '#     reason: It mocks people for being new.',
    '',
    '# Rule modules of your own: local files or npm packages (kindness-plugin-foo gives foo/<rule>).',
    '# plugins: [./my-rules.js]',
    '',
  ].join('\n');
}

export async function runInit(options: InitOptions, io: CliIO): Promise<ExitCode> {
  const existing = EXISTING.find((name) => existsSync(path.join(io.cwd, name)));
  if (existing !== undefined && !options.force) throw new UsageError(`init: ${existing} already exists here; pass --force to replace it`);
  let { audience, strictness } = options;
  if (!options.yes && io.stdin.isTTY === true) {
    const readLine = createLineReader(io.stdin);
    audience ??= await ask(io, readLine, 'Who reads your posts?', AUDIENCES, 'general');
    strictness ??= await ask(io, readLine, 'How strict should kindness be?', STRICTNESS, 'standard');
  }
  audience ??= 'general';
  strictness ??= 'standard';
  writeFileSync(path.join(io.cwd, FILE_NAME), renderConfig(audience, strictness));
  io.stdout.write(`Wrote ${FILE_NAME} for a ${audience} audience, ${strictness} strictness. Try: kindness check .\n`);
  return 0;
}
