import { readFileSync } from 'node:fs';

import type { LocalText, SourceRef } from '@samenspel/core';
import { describe, expect, it } from 'vitest';

import { factorQuotes, factorTexts } from './factor-texts.js';
import { leverTexts } from './lever-texts.js';
import { mechanismTexts } from './mechanism-texts.js';
import { patternTexts, pseudoCollaborationExplanation } from './pattern-texts.js';
import { SEED_FILE } from './seed.js';

/** Folds every run of white space (spaces, newlines) into one space. */
const fold = (text: string): string => text.replace(/\s+/g, ' ').trim();

const seed = fold(readFileSync(new URL(`../../../../../shared/seeds/${SEED_FILE}`, import.meta.url), 'utf8'));

const FACTOR_IDS = [
  'externalContext',
  'providerCircumstances',
  'localImplementation',
  'pioneerMotivation',
  'supportForCollaboration',
  'gettingToKnowEachOther',
  'seekingEachOtherOut',
  'trust',
  'collectiveIntelligence',
  'experiencedAddedValue',
  'commonGround',
  'operationalisingCollaboration',
  'optimalPatientCare',
];
const INPUT_IDS = ['networkObligation'];
const MECHANISM_IDS = ['context', 'building', 'network', 'results', 'pseudo'];
const LEVER_IDS = [
  'influenceContext',
  'showPioneersTheWay',
  'deployPioneers',
  'keepConnected',
  'startSmall',
  'regionalMeetings',
  'facilitateCollectiveIntelligence',
  'concreteAgreements',
  'regionalStaff',
  'regionalFeedback',
  'implementationExpertise',
  'informalContact',
  'transparency',
  'shareDifferingViews',
];
const PATTERN_IDS = ['pseudoCollaboration', 'collaborationTakesOff'];

/** A source reference with where it is used and its quote (for test names). */
const src = (where: string, ref: SourceRef): { where: string; quote: string; ref: SourceRef } => ({
  where,
  quote: ref.quote,
  ref,
});

/** A bilingual text with where it is used. */
const txt = (where: string, text: LocalText): { where: string; text: LocalText } => ({ where, text });

/** Every source reference in the four text files. */
const sources = [
  ...Object.entries(factorQuotes).map(([id, ref]) => src(`factorQuotes.${id}`, ref)),
  ...Object.entries(mechanismTexts).flatMap(([id, m]) =>
    m.advice.map((a, i) => src(`mechanismTexts.${id}.advice[${i}]`, a.source)),
  ),
  ...Object.entries(leverTexts).map(([id, l]) => src(`leverTexts.${id}`, l.source)),
  src('pseudoCollaborationExplanation', pseudoCollaborationExplanation.source),
];

/** Every bilingual text in the four text files. */
const texts = [
  ...Object.entries(factorTexts).flatMap(([id, f]) => [
    txt(`factorTexts.${id}.label`, f.label),
    txt(`factorTexts.${id}.definition`, f.definition),
  ]),
  ...Object.entries(mechanismTexts).flatMap(([id, m]) => [
    txt(`mechanismTexts.${id}.label`, m.label),
    txt(`mechanismTexts.${id}.description`, m.description),
    ...m.advice.map((a, i) => txt(`mechanismTexts.${id}.advice[${i}].text`, a.text)),
  ]),
  ...Object.entries(leverTexts).flatMap(([id, l]) => [
    txt(`leverTexts.${id}.label`, l.label),
    txt(`leverTexts.${id}.description`, l.description),
  ]),
  ...Object.entries(patternTexts).flatMap(([id, p]) => [
    txt(`patternTexts.${id}.label`, p.label),
    txt(`patternTexts.${id}.description`, p.description),
  ]),
  txt('pseudoCollaborationExplanation.what', pseudoCollaborationExplanation.what),
  txt('pseudoCollaborationExplanation.wayOut', pseudoCollaborationExplanation.wayOut),
];

describe('the seed file', () => {
  it('is found and read', () => {
    expect(seed.length).toBeGreaterThan(40_000);
  });
});

describe('source quotes', () => {
  it.each(sources)('$where quotes the seed verbatim: "$quote"', ({ ref }) => {
    expect(seed).toContain(fold(ref.quote));
  });

  it.each(sources)('$where is a short quote of 5 to 30 words', ({ ref }) => {
    const words = fold(ref.quote).split(' ').length;
    expect(words).toBeGreaterThanOrEqual(5);
    expect(words).toBeLessThanOrEqual(30);
  });

  it.each(sources)('$where points to the seed file and names a section', ({ ref }) => {
    expect(ref.file).toBe(SEED_FILE);
    expect(ref.section.trim()).not.toBe('');
  });
});

describe('bilingual texts', () => {
  it.each(texts)('$where has a non-empty Dutch and English text', ({ text }) => {
    expect(text.nl.trim()).not.toBe('');
    expect(text.en.trim()).not.toBe('');
  });
});

describe('ids', () => {
  it('has a text for exactly the 13 factors and the input networkObligation', () => {
    expect(Object.keys(factorTexts).sort()).toEqual([...FACTOR_IDS, ...INPUT_IDS].sort());
  });

  it('has a quote for exactly the same factors and input as there are factor texts', () => {
    expect(Object.keys(factorQuotes).sort()).toEqual(Object.keys(factorTexts).sort());
  });

  it('has a text for exactly the five mechanisms', () => {
    expect(Object.keys(mechanismTexts).sort()).toEqual([...MECHANISM_IDS].sort());
  });

  it('has a text for exactly the listed levers', () => {
    expect(Object.keys(leverTexts).sort()).toEqual([...LEVER_IDS].sort());
  });

  it('has a text for exactly the two patterns', () => {
    expect(Object.keys(patternTexts).sort()).toEqual([...PATTERN_IDS].sort());
  });

  it('gives every mechanism at least one piece of advice', () => {
    for (const m of Object.values(mechanismTexts)) expect(m.advice.length).toBeGreaterThan(0);
  });

  it('links advice only to levers that exist, and every lever to some advice', () => {
    const linked = new Set<string>(
      Object.values(mechanismTexts).flatMap((m) => m.advice.flatMap((a) => [...a.levers])),
    );
    for (const id of linked) expect(LEVER_IDS).toContain(id);
    for (const id of LEVER_IDS) expect(linked).toContain(id);
  });
});
