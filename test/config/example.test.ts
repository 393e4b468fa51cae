import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cosmiconfig, defaultLoaders } from 'cosmiconfig';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/config/schema.js';
import { BUILT_IN_RULES } from '../../rules/index.js';
import { REPO_ROOT } from '../support/run-cli.js';

const EXAMPLE = path.join(REPO_ROOT, '.kindnessrc.example');

describe('.kindnessrc.example', () => {
  it('is a valid config', async () => {
    const explorer = cosmiconfig('kindness', { loaders: { '.example': defaultLoaders['.yaml'] } });
    const loaded = await explorer.load(EXAMPLE);
    expect(validateConfig(loaded?.config, BUILT_IN_RULES)).toHaveProperty('config');
  });

  it('documents every option and every built-in rule', () => {
    const text = readFileSync(EXAMPLE, 'utf8');
    for (const key of ['extends:', 'rules:', 'allow:', 'terms:', 'match:', 'severity:', 'category:', 'suggestion:', 'reason:', 'includeMild']) {
      expect(text).toContain(key);
    }
    for (const id of BUILT_IN_RULES.keys()) expect(text).toContain(id);
  });
});
