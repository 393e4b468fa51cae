#!/usr/bin/env node
// Writes a JSON Lines export of real comment texts for the scan benchmark, built at bench time from
// the labelled eval sets (../shared/eval, or EVAL_DIR) and never committed: every text of the
// files below, shuffled with a fixed seed, then repeated in that order until `count` lines exist.
// The same seed and files give the same export byte for byte, so runs can be compared.
//
//   node scripts/generate-real-comments.js <output.jsonl> [count] [evalDir]
//
// Exits 3, writing nothing, when the eval folder is absent.
import { once } from 'node:events';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// The seeded generator the training script uses (built by `npm run bench` before this runs).
import { createRandom } from '../dist/src/model/train.js';

/**
 * Posts and comments people wrote: tweets (olid, davidson, hatexplain, cyberbullying), Gab posts
 * (hatexplain), forum and news comments (insults, ethos, sbic) and Q&A posts (formspring). Left
 * out: dynahate (written by annotators to fool models), microaggressions (quotes retold) and
 * SGHateCheck (sentences built from templates).
 */
export const COMMENT_FILES = [
  'olid-train.jsonl',
  'davidson.jsonl',
  'hatexplain-train.jsonl',
  'hatexplain-dev.jsonl',
  'cyberbullying.jsonl',
  'insults-train.jsonl',
  'ethos.jsonl',
  'sbic-dev.jsonl',
  'formspring.jsonl',
];
const SEED = 0x6b696e64;

/** The texts of the comment files, shuffled with the fixed seed. */
export function loadCommentTexts(evalDir) {
  const texts = COMMENT_FILES.filter((file) => existsSync(path.join(evalDir, file))).flatMap((file) =>
    readFileSync(path.join(evalDir, file), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line).text)
      .filter((text) => typeof text === 'string' && text !== ''),
  );
  const next = createRandom(SEED);
  for (let i = texts.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [texts[i], texts[j]] = [texts[j], texts[i]];
  }
  return texts;
}

export async function writeCommentExport(file, count, evalDir) {
  const texts = loadCommentTexts(evalDir);
  if (texts.length === 0) throw new Error(`no comment texts in ${evalDir}`);
  const out = createWriteStream(file);
  let buffer = '';
  for (let index = 0; index < count; index++) {
    buffer += `${JSON.stringify({ cid: `c${index.toString(36)}`, text: texts[index % texts.length], author: `@reader${index % 5000}` })}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
  return { distinct: Math.min(texts.length, count) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [output, countText = '1000000', evalDir = process.env.EVAL_DIR ?? fileURLToPath(new URL('../../shared/eval', import.meta.url))] = process.argv.slice(2);
  if (output === undefined) {
    console.error('usage: generate-real-comments.js <output.jsonl> [count] [evalDir]');
    process.exit(2);
  }
  if (!existsSync(evalDir)) {
    console.error(`no eval data at ${evalDir}`);
    process.exit(3);
  }
  const { distinct } = await writeCommentExport(output, Number(countText), evalDir);
  console.log(`wrote ${countText} comments (${distinct} distinct texts) to ${output}`);
}
