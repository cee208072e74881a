import { describe, expect, it } from 'vitest';
import type { SourceRef } from '@samenspel/core';
import { icuNetworkModel as model } from './icu-network-model.js';
import { fold, seedText } from './test-support/seed-text.js';

const seed = seedText('002_10fb751eca06e015.txt');

const linkSources = model.links.map((l) => [l.id, l.source] as const);
const moderatorSources = model.links.flatMap((l) =>
  (l.moderators ?? []).flatMap((m, i) =>
    m.source === undefined ? [] : [[`${l.id}#${String(i)}`, m.source] as const],
  ),
);
const leverSources = model.levers.map((l) => [l.id, l.source] as const);
const adviceSources = model.mechanisms.flatMap((m) =>
  m.advice.map((a, i) => [`${m.id}.advice[${String(i)}]`, a.source] as const),
);

describe('every statement of the model is traceable to seed 002', () => {
  it('has a source on every link', () => {
    expect(model.links.length).toBeGreaterThanOrEqual(30);
    for (const link of model.links) {
      expect(link.source.file).toBe('002_10fb751eca06e015.txt');
      expect(link.source.section.length).toBeGreaterThan(5);
      expect(link.source.quote.split(' ').length).toBeGreaterThanOrEqual(3);
    }
  });

  it.each([...linkSources, ...moderatorSources, ...leverSources, ...adviceSources])(
    'finds the quote of %s verbatim in the seed',
    (_id: string, source: SourceRef) => {
      expect(source.file).toBe('002_10fb751eca06e015.txt');
      expect(seed).toContain(fold(source.quote));
    },
  );

  it('would notice a quote that is not in the seed', () => {
    expect(seed).not.toContain(fold('Vertrouwen groeit vanzelf zonder contact'));
  });
});
