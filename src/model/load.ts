/**
 * Finds and reads the weights file shipped in the package (model/kindness.bin), once, the first
 * time a text is checked with the model on. `KINDNESS_MODEL` names another file: it is read then,
 * and again by each createLinter (each CLI run), not once per text (process.env is slow to read).
 *
 * This is the one place the engine's model reads a file: the package's own data, never the
 * user's. A missing or damaged file is a ModelError (exit 2), never a silent fallback to rules.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { KindnessError } from '../core/errors.js';
import { decodeWeights, WeightsFormatError, type ModelWeights } from './weights.js';

/** The weights file is missing or cannot be used. */
export class ModelError extends KindnessError {
  override name = 'ModelError';
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`model weights ${file}: ${problem} (reinstall kindness, or run with --no-model)`);
  }
}

const FILE = path.join('model', 'kindness.bin');

/** model/kindness.bin in the package root: the first folder upwards from this module that has it. */
export function findWeightsFile(): string {
  const fromEnv = process.env.KINDNESS_MODEL;
  if (fromEnv !== undefined && fromEnv !== '') return path.resolve(fromEnv);
  let folder = path.dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 5; depth++) {
    const candidate = path.join(folder, FILE);
    if (existsSync(candidate)) return candidate;
    folder = path.dirname(folder);
  }
  return path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', FILE);
}

/** Reads and validates a weights file. @throws ModelError */
export function readWeightsFile(file: string): ModelWeights {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ModelError(file, code === 'ENOENT' ? 'not found' : `cannot be read (${code ?? String(error)})`);
  }
  try {
    return decodeWeights(bytes);
  } catch (error) {
    if (error instanceof WeightsFormatError) throw new ModelError(file, error.message);
    throw error;
  }
}

let loaded: { env: string | undefined; model: ModelWeights } | undefined;

/** The package's model, read on first use and kept. @throws ModelError */
export function loadModel(): ModelWeights {
  loaded ??= { env: process.env.KINDNESS_MODEL, model: readWeightsFile(findWeightsFile()) };
  return loaded.model;
}

/** Forgets the model if KINDNESS_MODEL names another file now, so the next text reads that one. */
export function rereadModelSetting(): void {
  if (loaded !== undefined && loaded.env !== process.env.KINDNESS_MODEL) loaded = undefined;
}
