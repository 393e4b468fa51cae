#!/usr/bin/env node
// Writes a large draft for the `check` memory benchmark, built from our own sentences (no eval or
// training rows): kind lines with a hurtful one every HURTFUL_EVERY lines, varied with a counter.
//
//   node scripts/generate-large-draft.js lines <file> [count]      count lines (default 2,000,000)
//   node scripts/generate-large-draft.js long-line <file> [bytes]  one line of about `bytes`
//                                                                  (default 50 MB), kind sentences
//                                                                  with a hurtful one now and then
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

const KIND = [
  'thanks for sharing this, it made my morning',
  'what a lovely idea, I would like to try it too',
  'the photos from the trip look wonderful',
  'I learned a lot from your notes on the garden',
  'congratulations on the new job, well deserved',
  'this recipe worked perfectly for our family dinner',
  'great question, I was wondering the same thing',
  'your patience with the beginners here is appreciated',
];
const HURTFUL = ['honestly you are such a loser', 'nobody asked you, idiot', 'shut up, you clown', 'you are pathetic and everyone knows it'];
/** One hurtful line in twenty: 2,000,000 lines give about 100,000 findings. */
const HURTFUL_EVERY = 20;

export function lineAt(index) {
  const text = index % HURTFUL_EVERY === HURTFUL_EVERY - 1 ? HURTFUL[(index / HURTFUL_EVERY) % HURTFUL.length | 0] : KIND[(index * 7) % KIND.length];
  return `${text} (${index})`;
}

async function writeAll(file, pieces) {
  const stream = createWriteStream(file);
  let batch = '';
  for (const piece of pieces) {
    batch += piece;
    if (batch.length >= 1 << 20) {
      if (!stream.write(batch)) await once(stream, 'drain');
      batch = '';
    }
  }
  stream.end(batch);
  await once(stream, 'finish');
}

function* lines(count) {
  for (let index = 0; index < count; index++) yield `${lineAt(index)}\n`;
}

/** Sentences of one line until `bytes`; a hurtful one in every HURTFUL_EVERY * 10. */
function* longLine(bytes) {
  let size = 0;
  for (let index = 0; size < bytes; index++) {
    const sentence = `${index % (HURTFUL_EVERY * 10) === HURTFUL_EVERY * 10 - 1 ? HURTFUL[index % HURTFUL.length] : KIND[(index * 7) % KIND.length]}. `;
    size += sentence.length;
    yield sentence;
  }
  yield '\n';
}

export async function generateDraft(mode, file, size) {
  if (mode === 'lines') await writeAll(file, lines(size ?? 2_000_000));
  else if (mode === 'long-line') await writeAll(file, longLine(size ?? 50 * 1024 * 1024));
  else throw new Error(`unknown mode ${mode}: lines or long-line`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [mode = 'lines', file = 'large-draft.txt', size] = process.argv.slice(2);
  await generateDraft(mode, file, size === undefined ? undefined : Number(size));
}
