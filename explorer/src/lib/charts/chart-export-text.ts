/**
 * What the exported chart says besides its plot (title, legend, note), from the explorer's state:
 * the factors the chart shows (after its mechanism filter) with the colour and dash of their line,
 * in the current language.
 */
import type { Model } from '@samenspel/core';
import type { App } from '../state/app-context.js';
import { withLegend, type ChartExportText, type SvgFile } from './chart-export.js';
import { strokesToSvg, type ChartStroke } from './chart-strokes.js';
import { drawnLines } from './drawn-lines.js';
import {
  CHART_FONT,
  chartFactors,
  legendGroups,
  MECHANISM_FALLBACK_COLOURS,
  visibleFactors,
} from './chart-model.js';

/** A message lookup (svelte-i18n's `$_` has this shape). */
export type Translate = (key: string, options?: { values?: Record<string, string | number> }) => string;

/** The chart's state as far as the exported file needs it. */
export interface ChartExportState {
  /** The model shown. */
  readonly model: Model;
  /** Interface language. */
  readonly lang: 'nl' | 'en';
  /** The chart's mechanism filter (null: all). */
  readonly filter: string | null;
  /** The scenario's name (blank or missing: none). */
  readonly scenarioName: string | undefined;
  /** Months shown. */
  readonly horizon: number;
  /** Whether the chart shows the dashed "without interventions" lines. */
  readonly withoutShown: boolean;
  /** The chart's font size (px). */
  readonly fontSize: number;
}

/** Page colours the file needs resolved: a CSS custom property's value ('' when unset). */
export type CssValue = (property: string) => string;

/** The exported chart's title, legend and note. */
export function chartExportText(state: ChartExportState, t: Translate, css: CssValue): ChartExportText {
  const colour = (mechanism: string): string =>
    css(`--mech-${mechanism}`) || (MECHANISM_FALLBACK_COLOURS[mechanism] ?? '#4a4a4a');
  const shown = visibleFactors(chartFactors(state.model), state.filter);
  const groups = legendGroups(shown).map((group) => {
    const mechanism = state.model.mechanisms.find((m) => m.id === group.mechanism);
    return {
      id: group.mechanism,
      label: mechanism === undefined ? group.mechanism : mechanism.label[state.lang],
      colour: colour(group.mechanism),
      factors: group.factors.map((f) => ({
        id: f.id,
        label: f.label[state.lang],
        colour: colour(f.mechanism),
        dash: f.dash,
      })),
    };
  });
  const name = state.scenarioName?.trim() ?? '';
  const months = state.horizon;
  return {
    title:
      name === ''
        ? t('chart.exportTitle', { values: { months } })
        : t('chart.exportTitleNamed', { values: { name, months } }),
    groups,
    withoutNote: state.withoutShown ? t('chart.withoutLegend') : null,
    fontSize: state.fontSize,
    ink: css('--ink') || '#1a1a1a',
    muted: css('--muted') || '#4a4a4a',
  };
}

/**
 * The chart file as downloaded: `file` (the page's chart made standalone) with the title above and
 * the legend below, for the explorer's current state; colours resolved from the page's style sheet.
 */
export function chartFile(file: SvgFile, app: App, t: Translate): SvgFile {
  const root = getComputedStyle(document.documentElement);
  const css: CssValue = (property) => root.getPropertyValue(property).trim();
  const text = chartExportText(
    {
      model: app.model,
      lang: app.ui.lang,
      filter: app.ui.mechanismFilter,
      scenarioName: app.scenario.current.name,
      horizon: app.sim.result?.horizonMonths ?? app.scenario.current.horizonMonths ?? 60,
      withoutShown: app.sim.withoutLevers !== null,
      fontSize: app.ui.presentation ? CHART_FONT.presentation : CHART_FONT.normal,
    },
    t,
    css,
  );
  return withLegend(withLines(file, drawnLines()), text, css('--paper') || '#ffffff');
}

/**
 * The chart file with its lines written in: the page draws them on a canvas, which a file does not
 * have, so they go into the SVG's empty `data-export-lines` group (above the axes, under the
 * month marker, as on the page).
 * @throws Error when the file has no such group
 */
export function withLines(file: SvgFile, strokes: readonly ChartStroke[]): SvgFile {
  const group = /<g\b[^>]*\bdata-export-lines="[^"]*"[^>]*?(\/>|>\s*<\/g>)/.exec(file.text);
  if (group === null) throw new Error('the chart file has no place for its lines (data-export-lines)');
  const open = group[0].replace(/\s*\/>$|>\s*<\/g>$/, '>');
  const text =
    file.text.slice(0, group.index) +
    open +
    strokesToSvg(strokes) +
    '</g>' +
    file.text.slice(group.index + group[0].length);
  return { ...file, text };
}
