import { describe, expect, it } from 'vitest';
import { model } from '../model.js';
import { withLines } from './chart-export-text.js';
import { chartFactors, WITHOUT_DASH } from './chart-model.js';
import { chartStrokes, dashNumbers, resolveColour, strokesToSvg } from './chart-strokes.js';

const factors = chartFactors(model).slice(0, 3);
const paths = Object.fromEntries(factors.map((f, i) => [f.id, Float64Array.from([0, i, 10, i])]));
const plain = (css: string) => resolveColour(css, () => '');

describe('chartStrokes', () => {
  it('gives one stroke per shown factor with a path, in its colour and dash', () => {
    const strokes = chartStrokes(paths, null, factors, null, plain);
    expect(strokes.map((s) => s.id)).toEqual(factors.map((f) => f.id));
    for (const [i, s] of strokes.entries()) {
      const f = factors[i];
      expect(s.without).toBe(false);
      expect(s.colour).toMatch(/^#[0-9a-f]{6}$/i);
      expect(s.dash).toEqual(dashNumbers(f?.dash ?? ''));
      expect(s.opacity).toBe(1);
      expect(s.width).toBe(2.25);
    }
  });

  it('draws the runs without interventions first, dashed, and leaves out factors without a path', () => {
    const without = { [factors[0]?.id ?? '']: Float64Array.from([0, 5, 10, 5]) };
    const strokes = chartStrokes(paths, without, factors, null, plain);
    expect(strokes.map((s) => [s.id, s.without])).toEqual([
      [factors[0]?.id, true],
      ...factors.map((f) => [f.id, false]),
    ]);
    expect(strokes[0]?.dash).toEqual(dashNumbers(WITHOUT_DASH));
    expect(strokes[0]?.opacity).toBe(0.6);
  });

  it('widens the highlighted factor and fades the others', () => {
    const id = factors[1]?.id ?? '';
    const strokes = chartStrokes(paths, null, factors, id, plain);
    expect(strokes.find((s) => s.id === id)).toMatchObject({ width: 3.75, opacity: 1 });
    expect(strokes.filter((s) => s.id !== id).every((s) => s.opacity === 0.18 && s.width === 2.25)).toBe(
      true,
    );
  });
});

describe('resolveColour and dashNumbers', () => {
  it('takes a custom property when it is set, else the fallback', () => {
    expect(resolveColour('var(--mech-context, #e69f00)', () => ' #123456 ')).toBe('#123456');
    expect(resolveColour('var(--mech-context, #e69f00)', () => '')).toBe('#e69f00');
    expect(resolveColour('#abcdef', () => '#000000')).toBe('#abcdef');
  });

  it('reads SVG dash arrays with spaces or commas', () => {
    expect(dashNumbers('6 3')).toEqual([6, 3]);
    expect(dashNumbers('1,3')).toEqual([1, 3]);
    expect(dashNumbers('')).toEqual([]);
  });
});

describe('the downloaded chart’s lines', () => {
  const strokes = chartStrokes(paths, null, factors, null, plain);
  const file = (group: string) => ({
    text: `<svg><g class="y-axis"/>${group}<g class="marker"/></svg>`,
    width: 10,
    height: 10,
  });

  it('are written into the empty lines group, between the axes and the marker', () => {
    for (const group of [
      '<g class="lines" data-export-lines=""/>',
      '<g class="lines" data-export-lines=""></g>',
    ]) {
      const out = withLines(file(group), strokes).text;
      expect(out).toBe(
        `<svg><g class="y-axis"/><g class="lines" data-export-lines="">${strokesToSvg(strokes)}</g><g class="marker"/></svg>`,
      );
      expect(out.match(/<path data-factor=/g)).toHaveLength(3);
    }
  });

  it('escape what they write and refuse a file without the group', () => {
    expect(strokesToSvg([{ ...(strokes[0] as (typeof strokes)[number]), id: 'a"<b' }])).toContain(
      'data-factor="a&quot;&lt;b"',
    );
    expect(() => withLines(file(''), strokes)).toThrow(/data-export-lines/);
  });
});
