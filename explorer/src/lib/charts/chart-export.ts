/**
 * The chart as a file: the page's chart SVG (made standalone by `standaloneSvg`) with a visible
 * title above it and a legend below it. On the page the legend is HTML beside the SVG (buttons that
 * highlight a line), so without this the file's only texts would be the axes, and its coloured and
 * dashed lines could not be told apart. Pure text in, text out: no DOM, so it is unit-tested in Node.
 */
import { WITHOUT_DASH } from './chart-model.js';

/** One factor's entry: its line as drawn in the chart. */
export interface LegendFactor {
  /** Factor id (written as `data-legend-factor`). */
  readonly id: string;
  /** Name in the current language. */
  readonly label: string;
  /** Resolved colour (no CSS variables: the file has no style sheet). */
  readonly colour: string;
  /** SVG dash array ('' for solid). */
  readonly dash: string;
}

/** The factors of one mechanism, under its name. */
export interface LegendMechanism {
  /** Mechanism id (written as `data-legend-mechanism`). */
  readonly id: string;
  /** Name in the current language. */
  readonly label: string;
  /** Resolved colour. */
  readonly colour: string;
  /** Its factors, in chart order. */
  readonly factors: readonly LegendFactor[];
}

/** What the exported chart says besides the plot. */
export interface ChartExportText {
  /** Visible title (with the scenario's name when it has one). */
  readonly title: string;
  /** The mechanisms and factors shown in the chart. */
  readonly groups: readonly LegendMechanism[];
  /** The note on the dashed "without interventions" lines, or null when the chart shows none. */
  readonly withoutNote: string | null;
  /** Font size of the chart (px). */
  readonly fontSize: number;
  /** Text colour. */
  readonly ink: string;
  /** Colour of the note's sample line. */
  readonly muted: string;
}

/** A standalone SVG document and its size in CSS pixels (as `standaloneSvg` gives it). */
export interface SvgFile {
  /** The SVG text (with an XML declaration). */
  readonly text: string;
  /** Width in CSS pixels. */
  readonly width: number;
  /** Height in CSS pixels. */
  readonly height: number;
}

const FONT = "'Liberation Sans', Arial, Helvetica, sans-serif";
const PAD = 12;
const SWATCH = 30;
const GAP = 6;
/** Rough advance of a character of the sans-serif font, as a share of the font size (measured about 0.49 for the factor names; names are wrapped to the estimate). */
const CHAR = 0.52;

/** Text for an SVG text node or attribute value: the five XML specials escaped. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Words of `text` in lines of at most `maxChars` characters (a longer word gets a line of its own). */
export function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line !== '' && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.length === 0 ? [''] : lines;
}

/**
 * Splits `heights` (in order) into at most `columns` consecutive runs with the lowest tallest run:
 * the start index of each run. Few groups (the model has five mechanisms), so every split is tried.
 */
export function balanceColumns(heights: readonly number[], columns: number): number[] {
  const n = heights.length;
  const k = Math.max(1, Math.min(columns, n));
  let best: number[] = [0];
  let bestHeight = Number.POSITIVE_INFINITY;
  const sum = (from: number, to: number): number => heights.slice(from, to).reduce((a, b) => a + b, 0);
  const visit = (starts: number[]): void => {
    if (starts.length === k) {
      const ends = [...starts.slice(1), n];
      const tallest = Math.max(...starts.map((s, i) => sum(s, ends[i] ?? n)));
      if (tallest < bestHeight) {
        bestHeight = tallest;
        best = starts;
      }
      return;
    }
    for (let next = (starts.at(-1) ?? 0) + 1; next < n; next++) visit([...starts, next]);
  };
  visit([0]);
  return best;
}

/** SVG text element(s) for wrapped lines starting at (x, y), `lineHeight` apart. */
function textLines(lines: readonly string[], x: number, y: number, lineHeight: number, extra = ''): string {
  return lines
    .map(
      (line, i) =>
        `<text x="${fmt(x)}" y="${fmt(y + i * lineHeight)}" dominant-baseline="central"${extra}>${escapeXml(line)}</text>`,
    )
    .join('');
}

function fmt(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** The title block (above the plot): its markup and height. */
export function titleBlock(
  title: string,
  width: number,
  fontSize: number,
  ink: string,
): {
  readonly markup: string;
  readonly height: number;
} {
  const size = fontSize * 1.2;
  const lineHeight = size * 1.3;
  const lines = wrapWords(title, Math.max(10, Math.floor((width - 2 * PAD) / (size * CHAR))));
  const markup =
    `<g data-export-title="" font-family="${escapeXml(FONT)}" font-size="${fmt(size)}" font-weight="700" fill="${escapeXml(ink)}">` +
    textLines(lines, PAD, PAD + lineHeight / 2, lineHeight) +
    '</g>';
  return { markup, height: PAD + lines.length * lineHeight + PAD / 2 };
}

/**
 * The legend block (below the plot), `width` wide: the mechanisms as columns (balanced, as many as
 * fit), each with its name and colour chip and its factors' line samples (colour and dash) and
 * names, then the note on the dashed comparison lines. Its markup (at y = 0) and height.
 */
export function legendBlock(
  text: ChartExportText,
  width: number,
): { readonly markup: string; readonly height: number } {
  const f = text.fontSize;
  const lineHeight = f * 1.45;
  const labels = text.groups.flatMap((g) => [g.label, ...g.factors.map((x) => x.label)]);
  const longest = Math.max(8, ...labels.map((l) => l.length));
  const inner = width - 2 * PAD;
  const wanted = SWATCH + GAP + longest * f * CHAR + 2 * PAD;
  const columns = Math.max(1, Math.min(text.groups.length, Math.floor(inner / wanted)));
  const columnWidth = inner / columns;
  const maxChars = Math.max(6, Math.floor((columnWidth - SWATCH - GAP - PAD) / (f * CHAR)));
  const blocks = text.groups.map((g) => {
    const head = wrapWords(g.label, maxChars);
    const factors = g.factors.map((x) => ({ x, lines: wrapWords(x.label, maxChars) }));
    const lines = head.length + factors.reduce((n, x) => n + x.lines.length, 0);
    return { g, head, factors, height: lines * lineHeight + lineHeight * 0.5 };
  });
  const starts = balanceColumns(
    blocks.map((b) => b.height),
    columns,
  );
  const parts: string[] = [];
  let tallest = 0;
  starts.forEach((start, c) => {
    const end = starts[c + 1] ?? blocks.length;
    const x0 = PAD + c * columnWidth;
    let y = PAD + lineHeight / 2;
    for (const b of blocks.slice(start, end)) {
      const chip = f * 0.75;
      parts.push(
        `<g data-legend-mechanism="${escapeXml(b.g.id)}">` +
          `<rect x="${fmt(x0)}" y="${fmt(y - chip / 2)}" width="${fmt(chip)}" height="${fmt(chip)}" fill="${escapeXml(b.g.colour)}"/>` +
          textLines(b.head, x0 + chip + GAP, y, lineHeight, ' font-weight="700"') +
          '</g>',
      );
      y += b.head.length * lineHeight;
      for (const { x, lines } of b.factors) {
        const dash = x.dash === '' ? '' : ` stroke-dasharray="${escapeXml(x.dash)}"`;
        parts.push(
          `<g data-legend-factor="${escapeXml(x.id)}">` +
            `<line x1="${fmt(x0 + 1)}" x2="${fmt(x0 + SWATCH - 1)}" y1="${fmt(y)}" y2="${fmt(y)}" stroke="${escapeXml(x.colour)}" stroke-width="2.5"${dash}/>` +
            textLines(lines, x0 + SWATCH + GAP, y, lineHeight) +
            '</g>',
        );
        y += lines.length * lineHeight;
      }
      y += lineHeight * 0.5;
    }
    tallest = Math.max(tallest, y - lineHeight / 2);
  });
  let height = tallest + PAD / 2;
  if (text.withoutNote !== null) {
    const lines = wrapWords(text.withoutNote, Math.max(10, Math.floor((inner - SWATCH - GAP) / (f * CHAR))));
    const y = height + lineHeight / 2;
    parts.push(
      '<g data-legend-without="">' +
        `<line x1="${fmt(PAD + 1)}" x2="${fmt(PAD + SWATCH - 1)}" y1="${fmt(y)}" y2="${fmt(y)}" stroke="${escapeXml(text.muted)}" stroke-width="1.5" stroke-dasharray="${WITHOUT_DASH}"/>` +
        textLines(lines, PAD + SWATCH + GAP, y, lineHeight) +
        '</g>',
    );
    height += lines.length * lineHeight;
  }
  height += PAD;
  const markup =
    `<g data-export-legend="" font-family="${escapeXml(FONT)}" font-size="${fmt(f)}" fill="${escapeXml(text.ink)}">` +
    parts.join('') +
    '</g>';
  return { markup, height };
}

/**
 * The chart file with its title above and its legend below: a new SVG document of the same width
 * that holds the original chart as a nested `<svg>` between the two, on a `paper` background.
 */
export function withLegend(chart: SvgFile, text: ChartExportText, paper: string): SvgFile {
  const start = chart.text.indexOf('<svg');
  if (start < 0) throw new Error('the chart file holds no <svg> element');
  const inner = chart.text.slice(start).trimEnd();
  const title = titleBlock(text.title, chart.width, text.fontSize, text.ink);
  const legend = legendBlock(text, chart.width);
  const width = chart.width;
  const height = Math.ceil(title.height + chart.height + legend.height);
  const nested = `<svg x="0" y="${fmt(title.height)}"${inner.slice('<svg'.length)}`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${String(width)}" height="${String(height)}" viewBox="0 0 ${String(width)} ${String(height)}">` +
    `<title>${escapeXml(text.title)}</title>` +
    `<rect data-background="" x="0" y="0" width="${String(width)}" height="${String(height)}" fill="${escapeXml(paper)}"/>` +
    title.markup +
    nested +
    `<g transform="translate(0 ${fmt(title.height + chart.height)})">${legend.markup}</g>` +
    '</svg>';
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, width, height };
}
