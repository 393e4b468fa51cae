/**
 * The weights file: a small header and int8 weights, read as typed arrays (no JSON parsing).
 *
 * Layout, little-endian:
 *   0  4 bytes  magic "KNDM"
 *   4  u32      format version (WEIGHTS_VERSION)
 *   8  u32      bits: each head has 2 ** bits hashed buckets
 *  12  u32      head count (HEADS.length)
 *  16  f32 x2   per head: scale (weight = int8 x scale), bias
 *   …  i8       per head, 2 ** bits weights
 *   …  u32      FNV-1a checksum of every 16th 32-bit word before it
 */
export const WEIGHTS_MAGIC = 'KNDM';
export const WEIGHTS_VERSION = 1;

/**
 * The heads, in file order. `toxic` says whether the text may hurt; the others say which
 * category, as a softmax over the toxic texts, and pick the rule that reports it.
 */
export const HEADS = ['toxic', 'insult', 'harassment', 'identity-attack', 'sexual-harassment', 'micro-aggression'] as const;
export type Head = (typeof HEADS)[number];
export type CategoryHead = Exclude<Head, 'toxic'>;
export const CATEGORY_HEADS = HEADS.slice(1) as readonly CategoryHead[];

export interface ModelWeights {
  bits: number;
  /** Per head: 2 ** bits weights. */
  weights: Int8Array[];
  scales: Float32Array;
  biases: Float32Array;
}

/** A weights file that cannot be used. */
export class WeightsFormatError extends Error {
  override name = 'WeightsFormatError';
}

const HEADER_BYTES = 16;

/**
 * FNV-1a over every 16th 32-bit little-endian word, and the odd bytes at the end: it runs on every
 * first check, so it samples (cold, a loop over all 393k words cost about 5 ms). It catches a file
 * overwritten, zero-filled or spliced in places; the header and the exact size catch truncation.
 */
function checksum(bytes: Uint8Array, length: number): number {
  const words = length >>> 2;
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice(0, length);
  const view = new Uint32Array(aligned.buffer, aligned.byteOffset, words);
  let hash = 0x811c9dc5;
  for (let i = 0; i < words; i += CHECKSUM_STRIDE) hash = Math.imul(hash ^ (view[i] as number), 0x01000193);
  for (let i = words * 4; i < length; i++) hash = Math.imul(hash ^ (bytes[i] as number), 0x01000193);
  return hash >>> 0;
}

const CHECKSUM_STRIDE = 16;

/** The file size for `bits` and `heads`. */
export function weightsFileSize(bits: number, heads: number): number {
  return HEADER_BYTES + heads * 8 + heads * 2 ** bits + 4;
}

/** Serialises quantised weights. */
export function encodeWeights(model: ModelWeights): Uint8Array {
  const heads = model.weights.length;
  const size = weightsFileSize(model.bits, heads);
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < 4; i++) bytes[i] = WEIGHTS_MAGIC.charCodeAt(i);
  view.setUint32(4, WEIGHTS_VERSION, true);
  view.setUint32(8, model.bits, true);
  view.setUint32(12, heads, true);
  for (let h = 0; h < heads; h++) {
    view.setFloat32(HEADER_BYTES + h * 8, model.scales[h] as number, true);
    view.setFloat32(HEADER_BYTES + h * 8 + 4, model.biases[h] as number, true);
  }
  let offset = HEADER_BYTES + heads * 8;
  for (const head of model.weights) {
    bytes.set(new Uint8Array(head.buffer, head.byteOffset, head.length), offset);
    offset += head.length;
  }
  view.setUint32(size - 4, checksum(bytes, size - 4), true);
  return bytes;
}

/**
 * Reads and validates a weights file. The weights are views into `bytes`, not copies.
 *
 * @throws WeightsFormatError naming the problem: too short, not a weights file, another version,
 *   the wrong size for its header, or a checksum that does not match (a damaged file).
 */
export function decodeWeights(bytes: Uint8Array): ModelWeights {
  if (bytes.length < HEADER_BYTES) throw new WeightsFormatError(`truncated: ${bytes.length} bytes, shorter than the header`);
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  if (magic !== WEIGHTS_MAGIC) throw new WeightsFormatError('not a kindness weights file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(4, true);
  if (version !== WEIGHTS_VERSION) throw new WeightsFormatError(`format version ${version}, this kindness reads version ${WEIGHTS_VERSION}`);
  const bits = view.getUint32(8, true);
  const heads = view.getUint32(12, true);
  if (heads !== HEADS.length || bits < 4 || bits > 24) throw new WeightsFormatError(`unexpected shape: ${heads} heads of 2^${bits} weights`);
  const size = weightsFileSize(bits, heads);
  if (bytes.length !== size) throw new WeightsFormatError(`${bytes.length < size ? 'truncated' : 'wrong size'}: ${bytes.length} bytes, expected ${size}`);
  if (view.getUint32(size - 4, true) !== checksum(bytes, size - 4)) throw new WeightsFormatError('checksum mismatch: the file is damaged');
  const scales = new Float32Array(heads);
  const biases = new Float32Array(heads);
  for (let h = 0; h < heads; h++) {
    scales[h] = view.getFloat32(HEADER_BYTES + h * 8, true);
    biases[h] = view.getFloat32(HEADER_BYTES + h * 8 + 4, true);
  }
  const start = HEADER_BYTES + heads * 8;
  const weights = Array.from({ length: heads }, (_, h) => new Int8Array(bytes.buffer, bytes.byteOffset + start + h * 2 ** bits, 2 ** bits));
  return { bits, weights, scales, biases };
}
