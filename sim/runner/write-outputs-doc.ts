import { readFileSync, writeFileSync } from 'node:fs';
import { withOutputsTables } from './outputs-doc.js';

/** `npm run docs:outputs`: regenerate the tables of docs/OUTPUTS.md from the registries. */
const file = 'docs/OUTPUTS.md';
writeFileSync(file, withOutputsTables(readFileSync(file, 'utf8')));
process.stdout.write(`Wrote the generated tables in ${file}\n`);
