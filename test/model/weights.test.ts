import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeWeights, encodeWeights, HEADS, WeightsFormatError, type ModelWeights } from '../../src/model/weights.js';
import { findWeightsFile, readWeightsFile } from '../../src/model/load.js';
import { runCli } from '../support/run-cli.js';

function smallModel(): ModelWeights {
  const bits = 6;
  return {
    bits,
    weights: HEADS.map((_, h) => Int8Array.from({ length: 2 ** bits }, (_, i) => ((i * 7 + h) % 255) - 127)),
    scales: Float32Array.from(HEADS.map(() => 0.01)),
    biases: Float32Array.from(HEADS.map((_, h) => -h / 10)),
  };
}

const folder = mkdtempSync(path.join(tmpdir(), 'kindness-weights-'));
function writeBytes(name: string, bytes: Uint8Array): string {
  const file = path.join(folder, name);
  writeFileSync(file, bytes);
  return file;
}

describe('the weights file', () => {
  it('round-trips: what is written is what is read', () => {
    const model = smallModel();
    const read = decodeWeights(encodeWeights(model));
    expect(read.bits).toBe(6);
    expect([...(read.weights[2] as Int8Array)]).toEqual([...(model.weights[2] as Int8Array)]);
    expect(read.biases[3]).toBeCloseTo(-0.3);
  });

  it('rejects a truncated file', () => {
    const bytes = encodeWeights(smallModel());
    expect(() => decodeWeights(bytes.subarray(0, bytes.length - 10))).toThrow(/truncated: \d+ bytes, expected \d+/);
    expect(() => decodeWeights(bytes.subarray(0, 8))).toThrow(/truncated/);
  });

  it('rejects another format version', () => {
    const bytes = encodeWeights(smallModel());
    new DataView(bytes.buffer).setUint32(4, 2, true);
    expect(() => decodeWeights(bytes)).toThrow('format version 2, this kindness reads version 1');
  });

  it('rejects a file of the wrong size for its header', () => {
    const bytes = encodeWeights(smallModel());
    const longer = new Uint8Array(bytes.length + 4);
    longer.set(bytes);
    expect(() => decodeWeights(longer)).toThrow(/wrong size/);
  });

  it('rejects a damaged file by its checksum, and a file that is not weights at all', () => {
    const bytes = encodeWeights(smallModel());
    // The checksum samples every 16th word: a damaged stretch (here 64 bytes) always meets it.
    for (let i = 100; i < 164; i++) bytes[i] = 0;
    expect(() => decodeWeights(bytes)).toThrow(/checksum mismatch/);
    expect(() => decodeWeights(new TextEncoder().encode('{"weights": [1, 2, 3]} and more text'))).toThrow(WeightsFormatError);
  });

  it('ships a valid file in the repository', () => {
    const model = readWeightsFile(findWeightsFile());
    expect(model.weights).toHaveLength(HEADS.length);
    expect(readFileSync(findWeightsFile()).length).toBeLessThan(4 * 1024 * 1024);
  });
});

describe('a missing or broken weights file on the command line', () => {
  const saved = process.env.KINDNESS_MODEL;
  afterEach(() => {
    if (saved === undefined) delete process.env.KINDNESS_MODEL;
    else process.env.KINDNESS_MODEL = saved;
  });

  it.each([
    ['truncated', () => writeBytes('short.bin', encodeWeights(smallModel()).subarray(0, 100)), /truncated/],
    ['wrong version', () => {
      const bytes = encodeWeights(smallModel());
      new DataView(bytes.buffer).setUint32(4, 9, true);
      return writeBytes('v9.bin', bytes);
    }, /format version 9/],
    ['missing', () => path.join(folder, 'nowhere.bin'), /not found/],
  ])('exits 2 with one line when the file is %s', async (_, make, problem) => {
    process.env.KINDNESS_MODEL = make();
    const result = await runCli(['you are so kind']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(problem);
    expect(result.stderr).toMatch(/^kindness: model weights .*--no-model\)\n$/);
  });

  it('--no-model checks with the rules alone, without reading the file', async () => {
    process.env.KINDNESS_MODEL = path.join(folder, 'nowhere.bin');
    const result = await runCli(['--no-model', 'you are so kind']);
    expect(result.code).toBe(0);
  });
});
