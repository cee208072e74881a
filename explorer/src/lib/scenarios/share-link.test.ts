import { listParameters, validateScenario, type Scenario } from '@samenspel/core';
import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { get } from 'svelte/store';
import { describe, expect, it } from 'vitest';
import { defaultScenario, endogenousIds, inputIds, model } from '../model.js';
import {
  embedCode,
  escapeAttribute,
  hashParams,
  lastShareLinkError,
  MAX_LINK_DATA,
  readShareHash,
  scenarioFromLocation,
  shareHash,
  shareLinkProblem,
  shareUrl,
} from './share-link.js';

const level = fc.double({ min: 0, max: 1, noNaN: true });

/** Subsets of `ids`, each with a value from `value`. */
const someOf = <T>(ids: readonly string[], value: fc.Arbitrary<T>) =>
  fc.dictionary(fc.constantFrom(...ids), value, { maxKeys: ids.length });

const series = fc
  .uniqueArray(fc.integer({ min: 0, max: 120 }), { minLength: 1, maxLength: 5 })
  .chain((months) =>
    fc.tuple(...[...months].sort((a, b) => a - b).map((month) => level.map((value) => ({ month, value })))),
  );

const parameters = listParameters(model);

/** Any scenario the model accepts. */
const validScenario: fc.Arbitrary<Scenario> = fc
  .record(
    {
      name: fc.string({ maxLength: 40 }),
      horizon: fc.constantFrom(12, 24, 60, 120),
      dt: fc.constantFrom(0.25, 0.5, 1),
      method: fc.constantFrom('rk4' as const, 'euler' as const),
      initial: someOf(endogenousIds, level),
      inputs: someOf(inputIds, fc.oneof(level, series)),
      parameters: fc
        .subarray(parameters)
        .chain((ps) =>
          fc.tuple(
            ...ps.map((p) =>
              fc.double({ min: p.min, max: p.max, noNaN: true }).map((v) => [p.id, v] as const),
            ),
          ),
        ),
      interventions: fc.array(
        fc.record(
          {
            lever: fc.constantFrom(...model.levers.map((l) => l.id)),
            startMonth: fc.integer({ min: 0, max: 5 }),
            endMonth: fc.integer({ min: 6, max: 12 }),
            intensity: level,
          },
          { requiredKeys: ['lever'] },
        ),
        { maxLength: 3 },
      ),
    },
    { requiredKeys: ['horizon'] },
  )
  .map(({ horizon, parameters: ps, ...rest }) => {
    const out: Record<string, unknown> = { ...rest, horizonMonths: horizon };
    if (ps !== undefined) out.parameters = Object.fromEntries(ps);
    return out;
  })
  // Fields that JSON keeps as they are: -0 would come back as 0.
  .filter(
    (s) =>
      validateScenario(model, s).ok && JSON.stringify(s) === JSON.stringify(JSON.parse(JSON.stringify(s))),
  );

describe('share links', () => {
  it('round-trips any valid scenario through the hash', () => {
    fc.assert(
      fc.property(validScenario, (scenario) => {
        const read = readShareHash(shareHash(scenario));
        expect(read.kind).toBe('ok');
        if (read.kind === 'ok') expect(read.scenario).toEqual(JSON.parse(JSON.stringify(scenario)));
      }),
      { numRuns: 200 },
    );
  });

  it('round-trips the default scenario and writes #s=…&v=1', () => {
    const hash = shareHash(defaultScenario());
    expect(hash).toMatch(/^#s=[A-Za-z0-9+$-]+&v=1$/);
    const read = readShareHash(hash);
    expect(read).toEqual({ kind: 'ok', scenario: defaultScenario() });
  });

  it('accepts a link without a version (#s=… only)', () => {
    const hash = `#s=${compressToEncodedURIComponent(JSON.stringify({ horizonMonths: 24 }))}`;
    expect(readShareHash(hash)).toEqual({ kind: 'ok', scenario: { horizonMonths: 24 } });
  });

  it('ignores hashes that are not share links', () => {
    expect(readShareHash('')).toEqual({ kind: 'none' });
    expect(readShareHash('#main')).toEqual({ kind: 'none' });
    expect(readShareHash('#x=1&y=2')).toEqual({ kind: 'none' });
  });

  it('never throws on garbage and refuses it with at least one problem', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$'.split('');
    const garbage = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 100 }),
    );
    fc.assert(
      fc.property(garbage, (text) => {
        const read = readShareHash(`#s=${text}`);
        expect(read.kind).toBe('refused');
        if (read.kind === 'refused') {
          expect(read.diagnostics.length).toBeGreaterThan(0);
          for (const d of read.diagnostics) expect(d.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on compressed arbitrary JSON, and refuses what is not a valid scenario', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const read = readShareHash(`#s=${compressToEncodedURIComponent(JSON.stringify(value))}`);
        expect(read.kind === 'ok').toBe(validateScenario(model, value).ok);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses malformed data as malformed, with a code for each way it can be broken', () => {
    for (const [hash, code] of [
      ['#s=', 'link_empty'],
      ['#s=!!!', 'link_undecodable'],
      ['#s=garbage', 'link_undecodable'],
      [`#s=${compressToEncodedURIComponent('{"dt": 0.25,')}`, 'invalid_json'],
    ] as const) {
      const read = readShareHash(hash);
      expect(read.kind).toBe('refused');
      if (read.kind !== 'refused') continue;
      expect(read.reason).toBe('malformed');
      expect(read.diagnostics.map((d) => [d.code, d.path])).toEqual([[code, '']]);
    }
    const long = readShareHash(`#s=${'A'.repeat(MAX_LINK_DATA + 1)}`);
    expect(long.kind === 'refused' && long.reason).toBe('malformed');
    expect(long.kind === 'refused' && long.diagnostics[0]).toMatchObject({
      code: 'link_too_long',
      params: { value: MAX_LINK_DATA + 1, max: MAX_LINK_DATA },
    });
  });

  it('refuses another link version, naming it', () => {
    const read = readShareHash(shareHash(defaultScenario()).replace('&v=1', '&v=2'));
    expect(read.kind).toBe('refused');
    if (read.kind !== 'refused') return;
    expect(read.reason).toBe('version');
    expect(read.diagnostics[0]).toMatchObject({
      code: 'link_version',
      path: 'v',
      params: { value: '2', known: ['1'] },
    });
    expect(read.diagnostics[0]?.message).toContain('"2"');
  });

  it('refuses out-of-range values and unknown ids, naming every field', () => {
    const bad = { initial: { trust: 2, trsut: 0.5 }, interventions: [{ lever: 'beginKlein' }], dt: 0 };
    const read = readShareHash(`#s=${compressToEncodedURIComponent(JSON.stringify(bad))}&v=1`);
    expect(read.kind).toBe('refused');
    if (read.kind !== 'refused') return;
    expect(read.reason).toBe('invalid');
    expect(read.diagnostics.map((d) => d.path).sort()).toEqual(
      ['dt', 'initial.trust', 'initial.trsut', 'interventions[0].lever'].sort(),
    );
  });

  it('keeps the problem of a refused link for the notice, and clears it for a good one', () => {
    expect(scenarioFromLocation({ hash: '#s=garbage' })).toBeNull();
    expect(lastShareLinkError()?.reason).toBe('malformed');
    expect(get(shareLinkProblem)?.reason).toBe('malformed');
    expect(scenarioFromLocation({ hash: shareHash({ horizonMonths: 12 }) })).toEqual({ horizonMonths: 12 });
    expect(lastShareLinkError()).toBeNull();
    expect(get(shareLinkProblem)).toBeNull();
    expect(scenarioFromLocation({ hash: '' })).toBeNull();
  });

  it('reads hash parameters without turning + into a space', () => {
    expect(hashParams('#s=a+b$c-d&v=1')).toEqual(
      new Map([
        ['s', 'a+b$c-d'],
        ['v', '1'],
      ]),
    );
  });

  it('builds share links on the page address, with the language when English', () => {
    const s = { name: 'A' };
    expect(shareUrl('http://h/x/', s)).toBe(`http://h/x/${shareHash(s)}`);
    expect(shareUrl('http://h/x/', s, 'en')).toBe(`http://h/x/?lang=en${shareHash(s)}`);
  });
});

describe('embed code', () => {
  it('is an iframe on ?embed=1 with the scenario in the hash and an escaped title', () => {
    const scenario = { name: '<img src=x onerror=alert(1)>' };
    const code = embedCode({
      base: 'https://example.org/samenspel/',
      scenario,
      title: `Samenspel: ${scenario.name}`,
    });
    const hash = shareHash(scenario);
    expect(code).toBe(
      `<iframe src="https://example.org/samenspel/?embed=1${hash.replace('&', '&amp;')}" title="Samenspel: &lt;img src=x onerror=alert(1)&gt;" width="960" height="900"></iframe>`,
    );
    expect(code).not.toContain('<img');
  });

  it('takes a size and the language', () => {
    const code = embedCode({
      base: 'http://h/',
      scenario: {},
      title: 't',
      width: 640.4,
      height: 480,
      lang: 'en',
    });
    expect(code).toContain('src="http://h/?embed=1&amp;lang=en#s=');
    expect(code).toContain('width="640" height="480"');
  });

  it('escapes every character that could leave an attribute', () => {
    expect(escapeAttribute(`a"b'c<d>e&f`)).toBe('a&quot;b&#39;c&lt;d&gt;e&amp;f');
  });
});
