import { describe, expect, it } from 'vitest';
import { messages } from '../i18n/messages/chart.js';
import { model } from '../model.js';
import { balanceColumns, escapeXml, withLegend, wrapWords, type SvgFile } from './chart-export.js';
import { chartExportText, type ChartExportState, type Translate } from './chart-export-text.js';
import { DASH_PATTERNS, MECHANISM_FALLBACK_COLOURS } from './chart-model.js';

/** The chart's messages of one language, with `{name}` placeholders filled in. */
function translate(lang: 'nl' | 'en'): Translate {
  const table = messages[lang] as Record<string, string>;
  return (key, options) => {
    const text = table[key];
    if (text === undefined) throw new Error(`no message ${key}`);
    return text.replace(/\{(\w+)\}/g, (_, name: string) => String(options?.values?.[name] ?? `{${name}}`));
  };
}

const noCss = (): string => '';

function state(lang: 'nl' | 'en', extra: Partial<ChartExportState> = {}): ChartExportState {
  return {
    model,
    lang,
    filter: null,
    scenarioName: 'Regio Noord',
    horizon: 48,
    withoutShown: false,
    fontSize: 12.5,
    ...extra,
  };
}

/** A chart file as standaloneSvg gives one (the shape matters, not the plot). */
const chart: SvgFile = {
  text: '<?xml version="1.0" encoding="UTF-8"?>\n<svg data-export="chart" xmlns="http://www.w3.org/2000/svg" width="640" height="330" viewBox="0 0 640 330"><path d="M0 0 L10 10"/></svg>\n',
  width: 640,
  height: 330,
};

/** The texts of the <text> elements in an SVG document (unescaped). */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    (m[1] ?? '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

describe('chartExportText', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`names every factor and mechanism in ${lang}, with the scenario's name in the title`, () => {
      const text = chartExportText(state(lang), translate(lang), noCss);
      expect(text.title).toContain('Regio Noord');
      expect(text.title).toContain(lang === 'nl' ? '48 maanden' : '48 months');
      const factorLabels = text.groups.flatMap((g) => g.factors.map((f) => f.label));
      expect([...factorLabels].sort()).toEqual(model.factors.map((f) => f.label[lang]).sort());
      for (const g of text.groups) {
        const mechanism = model.mechanisms.find((m) => m.id === g.id);
        expect(g.label).toBe(mechanism?.label[lang]);
        expect(g.colour).toBe(MECHANISM_FALLBACK_COLOURS[g.id]);
        // Within a mechanism the dashes differ, so same-coloured lines stay apart.
        expect(new Set(g.factors.map((f) => f.dash)).size).toBe(g.factors.length);
      }
      expect(text.withoutNote).toBeNull();
    });
  }

  it('leaves the name out of the title when the scenario has none', () => {
    const text = chartExportText(state('nl', { scenarioName: '  ' }), translate('nl'), noCss);
    expect(text.title).toBe(messages.nl['chart.exportTitle']?.replace('{months}', '48'));
  });

  it('notes the dashed lines only when the chart shows them', () => {
    const text = chartExportText(state('en', { withoutShown: true }), translate('en'), noCss);
    expect(text.withoutNote).toBe(messages.en['chart.withoutLegend']);
  });

  it('lists only the factors of a filtered mechanism, in the page colours', () => {
    const css = (p: string): string => (p === '--mech-network' ? '#123456' : '');
    const text = chartExportText(state('nl', { filter: 'network' }), translate('nl'), css);
    const ids = text.groups.flatMap((g) => g.factors.map((f) => f.id));
    expect(ids.sort()).toEqual(
      model.factors
        .filter((f) => f.mechanisms.includes('network'))
        .map((f) => f.id)
        .sort(),
    );
    const network = text.groups.find((g) => g.id === 'network');
    expect(network?.colour).toBe('#123456');
  });
});

describe('withLegend', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`draws a legend entry per factor (line in its colour and dash, name) in ${lang}`, () => {
      const text = chartExportText(state(lang, { withoutShown: true }), translate(lang), noCss);
      const file = withLegend(chart, text, '#ffffff');
      const shown = texts(file.text);
      for (const g of text.groups) {
        expect(file.text).toContain(`data-legend-mechanism="${g.id}"`);
        expect(shown).toContain(g.label);
        for (const f of g.factors) {
          const entry = new RegExp(
            `<g data-legend-factor="${f.id}"><line [^>]*stroke="${f.colour}"[^>]*/>`,
          ).exec(file.text);
          expect(entry, f.id).not.toBeNull();
          if (f.dash !== '') expect(entry?.[0]).toContain(`stroke-dasharray="${f.dash}"`);
          else expect(entry?.[0]).not.toContain('stroke-dasharray');
        }
      }
      for (const f of model.factors) expect(shown.join(' ')).toContain(wrapWords(f.label[lang], 99)[0] ?? '');
      expect(file.text).toContain('data-legend-without=""');
      expect(shown.join(' ')).toContain(messages[lang]['chart.withoutLegend']?.split(' ')[0] ?? '');
      expect(shown.join(' ')).toContain('Regio Noord');
    });
  }

  it('keeps the chart whole, nested below the title, and makes room for both', () => {
    const text = chartExportText(state('nl'), translate('nl'), noCss);
    const file = withLegend(chart, text, '#fafafa');
    expect(file.width).toBe(chart.width);
    expect(file.height).toBeGreaterThan(chart.height);
    expect(file.text.startsWith('<?xml')).toBe(true);
    const nested = /<svg x="0" y="([\d.]+)" data-export="chart"[^>]*>/.exec(file.text);
    expect(nested).not.toBeNull();
    expect(Number(nested?.[1])).toBeGreaterThan(0);
    expect(file.text).toContain('<path d="M0 0 L10 10"/>');
    expect(file.text).toContain(`height="${String(file.height)}"`);
    expect(file.text).not.toContain('data-legend-without');
    // One root and one nested <svg>, each closed.
    expect(file.text.match(/<svg/g)?.length).toBe(2);
    expect(file.text.match(/<\/svg>/g)?.length).toBe(2);
  });

  it('writes a name with markup as text', () => {
    const text = chartExportText(
      state('en', { scenarioName: '<b>Noord</b> & "Oost"' }),
      translate('en'),
      noCss,
    );
    const file = withLegend(chart, text, '#ffffff');
    expect(file.text).not.toContain('<b>');
    expect(file.text).toContain('&lt;b&gt;Noord&lt;/b&gt; &amp; &quot;Oost&quot;');
  });

  it('puts the mechanisms side by side when the chart is wide, one column when it is narrow', () => {
    const text = chartExportText(state('nl'), translate('nl'), noCss);
    const columns = (width: number): number => {
      const file = withLegend({ ...chart, width }, text, '#ffffff');
      const xs = [...file.text.matchAll(/<g data-legend-mechanism="[^"]+"><rect x="([\d.]+)"/g)].map(
        (m) => m[1],
      );
      return new Set(xs).size;
    };
    expect(columns(280)).toBe(1);
    expect(columns(1600)).toBe(text.groups.length);
  });
});

describe('helpers', () => {
  it('escapes the XML specials', () => {
    expect(escapeXml(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
  });

  it('wraps words into lines of at most the given length, a long word alone', () => {
    expect(wrapWords('Operationaliseren van de samenwerking', 20)).toEqual([
      'Operationaliseren',
      'van de samenwerking',
    ]);
    expect(wrapWords('Vertrouwen', 4)).toEqual(['Vertrouwen']);
  });

  it('splits groups into columns with the lowest tallest column', () => {
    expect(balanceColumns([3, 1, 1, 3], 2)).toEqual([0, 2]);
    expect(balanceColumns([5, 1, 1, 1], 2)).toEqual([0, 1]);
    expect(balanceColumns([1, 1], 5)).toEqual([0, 1]);
    expect(balanceColumns([2, 2, 2], 1)).toEqual([0]);
  });

  it('has as many dash patterns as the largest mechanism has factors', () => {
    const largest = Math.max(
      ...model.mechanisms.map((m) => model.factors.filter((f) => f.mechanisms[0] === m.id).length),
    );
    expect(DASH_PATTERNS.length).toBeGreaterThanOrEqual(largest);
  });
});
