import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { icuNetworkModel } from '../icu-network-model.js';
import { factorTable, leverTable, linkTable, replaceGenerated } from './link-table.js';

const doc = readFileSync(new URL('../../../../docs/model.md', import.meta.url), 'utf8');

describe('docs/model.md', () => {
  it.each([
    ['links', linkTable],
    ['factors', factorTable],
    ['levers', leverTable],
  ] as const)('holds the current %s table of the model', (name, table) => {
    expect(replaceGenerated(doc, name, table(icuNetworkModel))).toBe(doc);
  });

  it('names every link and its quote', () => {
    for (const link of icuNetworkModel.links) {
      expect(doc).toContain(`${link.from} → ${link.to}`);
      expect(doc).toContain(link.source.quote);
    }
  });
});
