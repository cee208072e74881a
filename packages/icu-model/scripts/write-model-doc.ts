// Regenerates the tables of docs/model.md from the model data (run: pnpm docs:model).
import { readFileSync, writeFileSync } from 'node:fs';
import { icuNetworkModel } from '../src/icu-network-model.js';
import { factorTable, leverTable, linkTable, replaceGenerated } from '../src/docs/link-table.js';

const path = new URL('../../../docs/model.md', import.meta.url);
let doc = readFileSync(path, 'utf8');
doc = replaceGenerated(doc, 'links', linkTable(icuNetworkModel));
doc = replaceGenerated(doc, 'factors', factorTable(icuNetworkModel));
doc = replaceGenerated(doc, 'levers', leverTable(icuNetworkModel));
writeFileSync(path, doc);
console.log('docs/model.md tables updated');
