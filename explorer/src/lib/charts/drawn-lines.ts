import type { ChartStroke } from './chart-strokes.js';

let drawn: readonly ChartStroke[] = [];

/** Records the lines the chart's canvas shows now (the chart calls this after every drawing). */
export function setDrawnLines(strokes: readonly ChartStroke[]): void {
  drawn = strokes;
}

/** The lines the chart's canvas shows now, for the downloaded file (empty before the first drawing). */
export function drawnLines(): readonly ChartStroke[] {
  return drawn;
}
