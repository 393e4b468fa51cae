// A user config in the user config folder (~/.config/kindness on Linux) is found under
// cosmiconfig's names (config, config.json, …) and under the project's own (.kindnessrc, …).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

const saved = process.env.XDG_CONFIG_HOME;
afterEach(() => {
  if (saved === undefined) delete process.env.XDG_CONFIG_HOME;
  else process.env.XDG_CONFIG_HOME = saved;
});

function withUserConfig(name: string, content: string): string {
  const home = mkdtempSync(path.join(tmpdir(), 'kindness-user-'));
  mkdirSync(path.join(home, 'kindness'));
  writeFileSync(path.join(home, 'kindness', name), content);
  process.env.XDG_CONFIG_HOME = home;
  return mkdtempSync(path.join(tmpdir(), 'kindness-project-'));
}

describe('the user config folder', () => {
  it.each([
    ['.kindnessrc', '{"rules": {"insults": "off"}}'],
    ['.kindnessrc.yaml', 'rules:\n  insults: off\n'],
    ['config.json', '{"rules": {"insults": "off"}}'],
    ['config', 'rules:\n  insults: off\n'],
  ])('finds %s there when the project has no config', async (name, content) => {
    const cwd = withUserConfig(name, content);
    expect((await runCli(['you are an idiot'], { cwd })).code).toBe(0);
  });

  it('lets a project config win over the user config', async () => {
    const cwd = withUserConfig('.kindnessrc', '{"rules": {"insults": "off"}}');
    writeFileSync(path.join(cwd, '.kindnessrc.json'), '{"rules": {"insults": "error"}}');
    expect((await runCli(['you are an idiot'], { cwd })).code).toBe(1);
  });
});
