#!/usr/bin/env node
// Writes generated comment exports for the scan benchmark: N comments as youtube-comment-downloader
// JSON Lines and the same N as a TikTok "Download your data" JSON file. The sentences are our own
// fixture sets (fixtures/sets), varied with a counter so no two comments are identical.
//
//   node scripts/generate-exports.js <folder> [count]
import { once } from 'node:events';
import { createWriteStream, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const [folder = 'bench-data', countText = '1000000'] = process.argv.slice(2);
const count = Number(countText);
const setsDir = fileURLToPath(new URL('../fixtures/sets', import.meta.url));
// The top-level sets only: the folders beside them hold per-kind and held-out sets.
const sentences = readdirSync(setsDir, { withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.txt'))
  .map((entry) => entry.name)
  .flatMap((file) => readFileSync(path.join(setsDir, file), 'utf8').split('\n'))
  .filter((line) => line.trim() !== '' && !line.startsWith('#'));
// Mostly kind, as real comment sections are: four benign sentences to every attack.
const benign = readFileSync(path.join(setsDir, 'benign.txt'), 'utf8').split('\n').filter((line) => line.trim() && !line.startsWith('#'));
const pick = (index) => (index % 5 === 4 ? sentences[(index * 7) % sentences.length] : benign[(index * 13) % benign.length]);

async function write(stream, text) {
  if (!stream.write(text)) await once(stream, 'drain');
}

mkdirSync(folder, { recursive: true });
const jsonl = createWriteStream(path.join(folder, 'comments.jsonl'));
const tiktok = createWriteStream(path.join(folder, 'user_data_tiktok.json'));
await write(tiktok, '{"Comment": {"Comments": {"App": 1, "CommentsList": [\n');
for (let index = 0; index < count; index++) {
  const text = `${pick(index)} #${index}`;
  const time = new Date(1_700_000_000_000 + index * 60_000);
  await write(jsonl, `${JSON.stringify({ cid: `Ugy${index.toString(36)}`, text, time: '1 year ago', author: `@viewer${index % 5000}`, votes: '0', reply: false, time_parsed: time.getTime() / 1000 })}\n`);
  const comment = { date: time.toISOString().slice(0, 19).replace('T', ' '), comment: text, photo: 'N/A', url: '', 'original post link': `https://www.tiktokv.com/share/video/${7e18 + index}/` };
  await write(tiktok, `${index === 0 ? '' : ',\n'}${JSON.stringify(comment)}`);
}
await write(tiktok, '\n]}}}\n');
jsonl.end();
tiktok.end();
await Promise.all([once(jsonl, 'finish'), once(tiktok, 'finish')]);
console.log(`wrote ${count} comments to ${folder}/comments.jsonl and ${folder}/user_data_tiktok.json`);
