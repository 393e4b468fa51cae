/**
 * The built-in rules, by id. Adding a rule: create rules/<id>/ with index.ts, its data, README.md
 * and <id>.test.ts, then list it here; test/rules-registry.test.ts checks all four.
 */
import type { Rule } from '../src/core/types.js';
import customTerms from './custom-terms/index.js';
import harassment from './harassment/index.js';
import identityAttacks from './identity-attacks/index.js';
import insults from './insults/index.js';
import microAggressions from './micro-aggressions/index.js';
import profanity from './profanity/index.js';
import { attachPacks } from '../src/lang/registry.js';
import { BUILT_IN_PACKS } from '../packs/index.js';

export const BUILT_IN_RULES: ReadonlyMap<string, Rule> = attachPacks(
  new Map([customTerms, harassment, identityAttacks, insults, microAggressions, profanity].map((rule) => [rule.meta.id, rule])),
  BUILT_IN_PACKS,
);
