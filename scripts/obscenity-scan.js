#!/usr/bin/env node
// The scan benchmark's reference: obscenity's matcher over the texts of a JSON Lines file, read
// line by line in one process, as a peer would scan the same export.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';

const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
let flagged = 0;
for await (const line of createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity })) {
  if (line && matcher.hasMatch(JSON.parse(line).text)) flagged++;
}
console.log(flagged);
