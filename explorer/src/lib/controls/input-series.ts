import type { InputSetting, SeriesPoint } from '@samenspel/core';
import { clamp } from '../charts/level.js';

/**
 * An input as the region profile edits it: a starting value and, optionally, one step to a new value
 * at a chosen month. The scenario stores this as a constant (no step) or as the step-wise series
 * `[{ month: 0, value: start }, { month, value }]`.
 */
export interface InputEdit {
  /** Value from month 0 (0–1). */
  readonly start: number;
  /** The step, or null when the input stays constant. */
  readonly change: { readonly month: number; readonly value: number } | null;
}

/** Value of a step-wise series at `month`: the last point at or before it (the first point before that). */
export function seriesValueAt(setting: InputSetting, month: number): number {
  if (typeof setting === 'number') return setting;
  let value = setting[0]?.value ?? 0;
  for (const p of setting) {
    if (p.month <= month) value = p.value;
    else break;
  }
  return value;
}

/**
 * Reads an input setting as an {@link InputEdit}. A series gives its value at month 0 and its first
 * point after month 0 as the change (a longer series is simplified to that step when edited).
 */
export function readInput(setting: InputSetting | undefined, fallback: number): InputEdit {
  if (setting === undefined) return { start: fallback, change: null };
  if (typeof setting === 'number') return { start: setting, change: null };
  const start = seriesValueAt(setting, 0);
  const next = setting.find((p) => p.month > 0);
  return { start, change: next === undefined ? null : { month: next.month, value: next.value } };
}

/** Writes an {@link InputEdit} in the scenario's form: a constant, or a two-point step series. */
export function writeInput(edit: InputEdit): InputSetting {
  const start = clamp(edit.start, 0, 1);
  if (edit.change === null) return start;
  const points: SeriesPoint[] = [
    { month: 0, value: start },
    { month: Math.max(1, Math.round(edit.change.month)), value: clamp(edit.change.value, 0, 1) },
  ];
  return points;
}

/** The setting with a new starting value (any step kept). */
export function withStart(setting: InputSetting | undefined, fallback: number, start: number): InputSetting {
  return writeInput({ ...readInput(setting, fallback), start });
}

/**
 * The setting with a step at `month` to `value`; `value` defaults to the current new value, or to
 * the starting value when there was no step yet.
 */
export function withChange(
  setting: InputSetting | undefined,
  fallback: number,
  month: number,
  value?: number,
): InputSetting {
  const edit = readInput(setting, fallback);
  return writeInput({ ...edit, change: { month, value: value ?? edit.change?.value ?? edit.start } });
}

/** The setting without its step: the starting value as a constant. */
export function withoutChange(setting: InputSetting | undefined, fallback: number): InputSetting {
  return readInput(setting, fallback).start;
}

/** A month typed by the user as a valid change month (1 … horizon), or null when it is not a number. */
export function parseChangeMonth(text: string, horizon: number): number | null {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n)) return null;
  return clamp(Math.round(n), 1, Math.max(1, horizon));
}
