/**
 * Audience presets, chosen with `extends`. Each one says only what it changes from every rule's
 * default level; the config file's own `rules` and then `--rule` flags still come after it.
 */
import type { RuleEntry } from './types.js';

export const PRESET_NAMES = ['kindness:recommended', 'kindness:strict', 'kindness:kids', 'kindness:professional'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export interface Preset {
  /** One line for `kindness init` and the README. */
  description: string;
  rules: Readonly<Record<string, RuleEntry>>;
}

export const PRESETS: Readonly<Record<PresetName, Preset>> = {
  'kindness:recommended': {
    description: 'attacks on people fail; swearing and micro-aggressions warn',
    rules: {},
  },
  'kindness:strict': {
    description: 'everything fails, mild swearing (damn, hell, crap) included',
    rules: {
      'micro-aggressions': 'error',
      profanity: ['error', { includeMild: true }],
    },
  },
  'kindness:kids': {
    // Content for children: no swearing at all, mild words included; a clumsy stereotype is
    // still worth a second look rather than a failed check.
    description: 'for young audiences: any swearing fails, mild words included',
    rules: {
      profanity: ['error', { includeMild: true }],
    },
  },
  'kindness:professional': {
    // Workplace writing: micro-aggressions are the hurt most often posted without meaning it.
    description: 'for work: swearing and micro-aggressions fail; mild words pass',
    rules: {
      'micro-aggressions': 'error',
      profanity: 'error',
    },
  },
};

/** The presets named by `extends`, in order (later ones win). */
export function presetsFor(extendsValue: PresetName | readonly PresetName[] | undefined): Preset[] {
  if (extendsValue === undefined) return [];
  const names: readonly PresetName[] = typeof extendsValue === 'string' ? [extendsValue] : extendsValue;
  return names.map((name) => PRESETS[name]);
}
