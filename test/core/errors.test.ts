import { describe, expect, it } from 'vitest';
import { ConfigError, InputError, KindnessError } from '../../src/core/errors.js';

describe('KindnessError', () => {
  it('is recognised across copies of the module, as the CLI\'s separately bundled chunks need', async () => {
    // A query string makes Vite load a second, independent copy of the module.
    const copyUrl = '../../src/core/errors.js?copy';
    const copy = (await import(/* @vite-ignore */ copyUrl)) as typeof import('../../src/core/errors.js');
    expect(copy.ConfigError).not.toBe(ConfigError);
    const fromCopy = new copy.ConfigError('.kindnessrc', 'bad');
    expect(fromCopy instanceof KindnessError).toBe(true);
    expect(fromCopy instanceof ConfigError).toBe(true);
    expect(fromCopy instanceof InputError).toBe(false);
    expect(new Error('plain') instanceof KindnessError).toBe(false);
    expect(new InputError('a.txt', 'missing') instanceof copy.KindnessError).toBe(true);
  });
});
