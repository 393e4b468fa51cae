import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getDefaultSearchPlaces } from 'cosmiconfig';
import { afterAll, describe, expect, it } from 'vitest';
import { CONFIG_NAME } from '../../src/config/load-config.js';
import { mayHaveConfig } from '../../src/config/may-have-config.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'kindness-may-'));
const env = { XDG_CONFIG_HOME: path.join(root, 'xdg') };
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('mayHaveConfig', () => {
  it.each(getDefaultSearchPlaces(CONFIG_NAME).filter((place) => place !== 'package.json' && place !== 'package.yaml'))(
    'sees cosmiconfig\'s search place %s',
    (place) => {
      const folder = mkdtempSync(path.join(root, 'place-'));
      mkdirSync(path.dirname(path.join(folder, place)), { recursive: true });
      writeFileSync(path.join(folder, place), '{}');
      const nested = path.join(folder, 'a', 'b');
      mkdirSync(nested, { recursive: true });
      expect(mayHaveConfig(nested, CONFIG_NAME, env)).toBe(true);
    },
  );

  it('ignores files that only look similar, such as .kindnessrc.example', () => {
    const folder = mkdtempSync(path.join(root, 'similar-'));
    writeFileSync(path.join(folder, '.kindnessrc.example'), '{}');
    writeFileSync(path.join(folder, 'kindness.config.bak'), '{}');
    expect(mayHaveConfig(folder, CONFIG_NAME, env)).toBe(false);
  });

  it('sees a kindness key in package.json, but not the word as a value', () => {
    const withKey = mkdtempSync(path.join(root, 'pkg-'));
    writeFileSync(path.join(withKey, 'package.json'), JSON.stringify({ name: 'x', kindness: {} }));
    expect(mayHaveConfig(withKey, CONFIG_NAME, env)).toBe(true);
    const withValue = mkdtempSync(path.join(root, 'pkg-'));
    writeFileSync(path.join(withValue, 'package.json'), JSON.stringify({ name: 'kindness', bin: { kindness: 'x' } }));
    expect(mayHaveConfig(withValue, CONFIG_NAME, env)).toBe(false);
  });

  it('sees the global config folder', () => {
    const empty = mkdtempSync(path.join(root, 'empty-'));
    expect(mayHaveConfig(empty, CONFIG_NAME, env)).toBe(false);
    mkdirSync(path.join(env.XDG_CONFIG_HOME, CONFIG_NAME), { recursive: true });
    expect(mayHaveConfig(empty, CONFIG_NAME, env)).toBe(true);
  });
});
