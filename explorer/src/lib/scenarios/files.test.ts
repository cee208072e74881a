import { parseScenario, simulate, validateScenario } from '@samenspel/core';
import { describe, expect, it } from 'vitest';
import { defaultScenario, model } from '../model.js';
import { fileName, fileStem, MAX_STEM, runCsv, scenarioFileText } from './files.js';

describe('file names', () => {
  it.each([
    ['Mijn regio', 'mijn-regio'],
    ['Regio Noord — met regionale staf', 'regio-noord-met-regionale-staf'],
    ['Café Ærø / één', 'cafe-r-een'],
    ['../../etc/passwd', 'etc-passwd'],
    ['<img src=x onerror=alert(1)>', 'img-src-x-onerror-alert-1'],
    ['C:\\con\\aux?*"|', 'c-con-aux'],
    ['   ', 'scenario'],
    ['***', 'scenario'],
    ['日本語', 'scenario'],
  ])('makes %j into %j', (name, stem) => {
    expect(fileStem(name)).toBe(stem);
  });

  it('limits the length, cutting between words where it can, and never ends on a dash', () => {
    const stem = fileStem(`${'a'.repeat(MAX_STEM - 1)} b c d`);
    expect(stem).toBe('a'.repeat(MAX_STEM - 1));
    expect(fileStem('Ondersteunende regio komt op gang / Supportive region takes off')).toBe(
      'ondersteunende-regio-komt-op-gang-supportive-region-takes',
    );
    expect(fileStem('x'.repeat(200))).toBe('x'.repeat(MAX_STEM));
    expect(fileStem(`${'x'.repeat(20)} ${'y'.repeat(100)}`)).toBe(
      `${'x'.repeat(20)}-${'y'.repeat(MAX_STEM - 21)}`,
    );
  });

  it('uses the fallback without a name, and adds suffix and extension', () => {
    expect(fileName(undefined, 'json')).toBe('scenario.json');
    expect(fileName('Mijn regio', 'svg', '-diagram')).toBe('mijn-regio-diagram.svg');
  });
});

describe('scenario files', () => {
  it('writes the scenario pretty-printed with its name first, and reads back to the same scenario', () => {
    const scenario = { ...defaultScenario(), name: 'Noord' };
    const text = scenarioFileText(scenario);
    expect(text).toBe(`${JSON.stringify(scenario, null, 2)}\n`);
    const read = parseScenario(model, text);
    expect(read.ok && read.scenario).toEqual(scenario);
  });

  it('includes the default name when the scenario has none', () => {
    const text = scenarioFileText({ horizonMonths: 12 });
    expect(Object.keys(JSON.parse(text))).toEqual(['name', 'horizonMonths']);
    expect(validateScenario(model, JSON.parse(text)).ok).toBe(true);
  });
});

describe('run CSV', () => {
  it('has the CLI header (time, then every factor in model order) and one row per saved time', () => {
    const result = simulate(model, { horizonMonths: 12, dt: 0.5 }, { loops: false });
    const csv = runCsv(model, result);
    const lines = csv.split('\n');
    expect(lines[0]).toBe(['time', ...model.factors.map((f) => f.id)].join(','));
    expect(lines[0]).toBe(
      'time,externalContext,providerCircumstances,localImplementation,pioneerMotivation,supportForCollaboration,gettingToKnowEachOther,seekingEachOtherOut,trust,collectiveIntelligence,experiencedAddedValue,commonGround,operationalisingCollaboration,optimalPatientCare',
    );
    expect(lines).toHaveLength(1 + 25 + 1);
    expect(lines.at(-1)).toBe('');
    const row = lines[1]?.split(',').map(Number) ?? [];
    expect(row[0]).toBe(0);
    expect(row[1]).toBe(result.series.externalContext?.[0]);
    const last = lines[25]?.split(',') ?? [];
    expect(last[0]).toBe('12');
    expect(Number(last[9])).toBe(result.series.collectiveIntelligence?.[24]);
  });

  it('reads plain arrays (the JSON result) the same as typed arrays', () => {
    const result = simulate(model, { horizonMonths: 6 }, { loops: false });
    const json = {
      time: Array.from(result.time),
      series: Object.fromEntries(Object.entries(result.series).map(([k, v]) => [k, Array.from(v)])),
    };
    expect(runCsv(model, json)).toBe(runCsv(model, result));
  });

  it('refuses a run that misses a factor or has uneven columns', () => {
    expect(() => runCsv(model, { time: [0], series: {} })).toThrow(/externalContext/);
    const series = Object.fromEntries(model.factors.map((f) => [f.id, [0, 1]]));
    expect(() => runCsv(model, { time: [0], series })).toThrow(/values, expected 1/);
  });
});
