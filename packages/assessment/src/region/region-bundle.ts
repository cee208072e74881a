import { validateScenario, type Model } from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
import * as v from 'valibot';

import type {
  Region,
  RegionParseResult,
  RegionProblem,
  RegionProblemCode,
  RegionProblemParams,
} from '../types.js';
import { regionProblem } from './region-problems.js';
import { regionBundleSchema } from './region-schema.js';

/** The `format` field of a region bundle. */
export const REGION_FORMAT = 'samenspel-region';
/** The bundle version this library writes and reads. */
export const REGION_VERSION = 1;

/** Options of {@link parseRegion}. */
export interface ParseRegionOptions {
  /** Model the scenarios and plan interventions are checked against (default: the ICU model). */
  model?: Model;
}

/**
 * Writes a region as a JSON bundle `{ "format": "samenspel-region", "version": 1, "region": … }`,
 * indented by two spaces, ending with a newline.
 */
export function serializeRegion(region: Region): string {
  return `${JSON.stringify({ format: REGION_FORMAT, version: REGION_VERSION, region }, null, 2)}\n`;
}

/** A valibot issue path as `region.rounds[0].date`. */
function issuePath(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key: unknown = item.key;
    out += typeof key === 'number' ? `[${String(key)}]` : out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Text for a value found in a file (JSON, at most 40 characters). */
function shown(value: unknown): string {
  // JSON.stringify gives undefined for undefined and functions, whatever its type says.
  const json = JSON.stringify(value) as string | undefined;
  const text = json ?? 'undefined';
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** The code of a valibot issue of `regionBundleSchema`, by its type (see region-schema.ts). */
function shapeProblem(issue: v.BaseIssue<unknown>): RegionProblem {
  const path = issuePath(issue);
  const key: unknown = issue.path?.at(-1)?.key;
  const field = typeof key === 'string' || typeof key === 'number' ? String(key) : '';
  const at = <C extends RegionProblemCode>(code: C, params: RegionProblemParams[C]) =>
    regionProblem(code, params, path, issue.message);
  switch (issue.type) {
    case 'literal':
      return field === 'version'
        ? at('unsupported_version', { version: shown(issue.input) })
        : at('not_region_file', {});
    case 'string':
      return at('not_text', {});
    case 'non_empty':
      return at('empty_id', {});
    case 'check':
      return at('not_a_date', {});
    case 'number':
      return at('not_a_number', {});
    case 'finite':
    case 'min_value':
      return at('month_out_of_range', {});
    case 'array':
      return at('not_a_list', {});
    case 'boolean':
      return at('not_true_or_false', {});
    case 'union':
      return at('answer_out_of_scale', { value: shown(issue.input) });
    case 'record':
      return at('not_an_object', {});
    case 'strict_object':
    case 'loose_object':
    case 'object':
      if (issue.expected === 'never') return regionProblem('unknown_response_field', { field }, path);
      if (issue.input === undefined && issue.path !== undefined)
        return regionProblem('missing_field', { field }, path);
      return at('not_an_object', {});
    default:
      return at('invalid_value', {});
  }
}

/** Joins a prefix and a core diagnostic path (`interventions[0].lever`). */
const join = (prefix: string, path: string) =>
  path === '' ? prefix : path.startsWith('[') ? prefix + path : `${prefix}.${path}`;

function crossProblems(region: Region, model: Model): RegionProblem[] {
  const out: RegionProblem[] = [];
  const roundIds = new Set<string>();
  region.rounds.forEach((round, i) => {
    if (roundIds.has(round.id))
      out.push(regionProblem('duplicate_round_id', { id: round.id }, `region.rounds[${String(i)}].id`));
    roundIds.add(round.id);
    const responseIds = new Set<string>();
    round.responses.forEach((response, k) => {
      if (responseIds.has(response.id))
        out.push(
          regionProblem(
            'duplicate_response_id',
            { id: response.id, round: round.id },
            `region.rounds[${String(i)}].responses[${String(k)}].id`,
          ),
        );
      responseIds.add(response.id);
    });
  });
  region.plans.forEach((plan, i) => {
    const at = `region.plans[${String(i)}]`;
    if (!roundIds.has(plan.roundId))
      out.push(regionProblem('plan_unknown_round', { round: plan.roundId }, `${at}.roundId`));
    const checked = validateScenario(model, { interventions: plan.interventions });
    for (const d of checked.diagnostics)
      out.push(regionProblem('scenario_rejected', { diagnostic: d.code }, join(at, d.path), d.message));
    const levers = new Set(model.levers.map((l) => l.id));
    plan.actions.forEach((action, k) => {
      if (action.lever !== null && !levers.has(action.lever))
        out.push(
          regionProblem('unknown_lever', { lever: action.lever }, `${at}.actions[${String(k)}].lever`),
        );
    });
  });
  region.scenarios.forEach((scenario, i) => {
    const checked = validateScenario(model, scenario);
    for (const d of checked.diagnostics)
      if (d.severity === 'error')
        out.push(
          regionProblem(
            'scenario_rejected',
            { diagnostic: d.code },
            join(`region.scenarios[${String(i)}]`, d.path),
            d.message,
          ),
        );
  });
  return out;
}

/**
 * Reads a region bundle written by {@link serializeRegion}. Returns the region, or every problem
 * found, each with the path of the field (such as `region.rounds[0].responses[3].answers.trust1`)
 * and the reason: not JSON, another format or version, wrong shapes, answers outside 1–5, a field
 * on a response beyond id, group and answers (no names), duplicate round or response ids, a plan
 * for an unknown round, unknown levers, and scenarios or plan interventions that core's
 * `validateScenario` refuses for the model (default: the ICU model). Every problem has a stable
 * `code` with its `params` (see `REGION_PROBLEM_CODES`) besides the English `message`. Never throws.
 */
export function parseRegion(text: string, options: ParseRegionOptions = {}): RegionParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      problems: [regionProblem('invalid_json', { reason: e instanceof Error ? e.message : String(e) }, '')],
    };
  }
  const parsed = v.safeParse(regionBundleSchema, data);
  if (!parsed.success) return { ok: false, problems: parsed.issues.map(shapeProblem) };
  const region = parsed.output.region as Region;
  const problems = crossProblems(region, options.model ?? icuNetworkModel);
  return problems.length === 0 ? { ok: true, region } : { ok: false, problems };
}
