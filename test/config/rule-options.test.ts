// Rule options are checked against each rule's meta.schema when a config loads.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRuleOptions } from '../../src/config/rule-options.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { validateConfig } from '../../src/config/schema.js';
import { BUILT_IN_RULES } from '../../rules/index.js';
import { runCli } from '../support/run-cli.js';

function configFolder(config: unknown): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'kindness-options-'));
  writeFileSync(path.join(folder, '.kindnessrc.json'), JSON.stringify(config));
  writeFileSync(path.join(folder, 'draft.txt'), 'damn, what a day\n');
  return folder;
}

describe('rule options', () => {
  it('stops the run on a misspelt option, naming the file, the rule and the key', async () => {
    const result = await runCli(['check', 'draft.txt'], { cwd: configFolder({ rules: { profanity: ['warn', { includeMIld: true }] } }) });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\.kindnessrc\.json: rules\.profanity\.1\.includeMIld: unknown option \(known: includeMild\)/);
  });

  it('stops the run on an option of the wrong type', async () => {
    const result = await runCli(['check', 'draft.txt'], { cwd: configFolder({ rules: { profanity: ['warn', { includeMild: 'yes' }] } }) });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/rules\.profanity\.1\.includeMild: expected a boolean but got "yes"/);
  });

  it('applies a well-formed option', async () => {
    const result = await runCli(['check', 'draft.txt', '-f', 'json'], { cwd: configFolder({ rules: { profanity: ['warn', { includeMild: true }] } }) });
    expect(JSON.parse(result.stdout).warningCount).toBe(1);
  });

  it('refuses options for a rule that takes none', () => {
    const checked = validateConfig({ rules: { insults: ['error', { strict: true }] } }, BUILT_IN_RULES);
    expect(checked).toEqual({ issue: { key: 'rules.insults.1.strict', problem: 'unknown option (this rule takes no options)' } });
  });

  it('checks nested lists and objects, with the path to the bad value', () => {
    const schema = BUILT_IN_RULES.get('custom-terms')?.meta.schema;
    expect(checkRuleOptions(schema, { terms: [{ match: 'noob' }, { match: 'x', severity: 'loud' }] }, 'rules.custom-terms.1')).toEqual({
      key: 'rules.custom-terms.1.terms.1.severity',
      problem: 'expected one of "warn", "error" but got "loud"',
    });
    expect(checkRuleOptions(schema, { terms: [{ reason: 'no match' }] }, 'k')).toEqual({ key: 'k.terms.0.match', problem: 'is required' });
  });

  it('gives every built-in rule a schema', () => {
    for (const [id, rule] of BUILT_IN_RULES) expect(rule.meta.schema, id).toBeDefined();
  });
});

describe('custom-terms options', () => {
  it('merges terms listed under the rule with the top-level terms, never replacing either', () => {
    const checked = validateConfig(
      { terms: [{ match: 'noob' }], rules: { 'custom-terms': ['error', { terms: [{ match: 'cringe lord' }] }] } },
      BUILT_IN_RULES,
    );
    if (!('config' in checked)) throw new Error(checked.issue.problem);
    const setting = resolveConfig(checked.config, BUILT_IN_RULES).rules['custom-terms'];
    expect(setting?.level).toBe('error');
    expect((setting?.options.terms as { match: string }[]).map((term) => term.match)).toEqual(['cringe lord', 'noob']);
  });
});
