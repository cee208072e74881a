import { validateScenario, type Model } from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
import * as v from 'valibot';

import type { Region, RegionParseResult, RegionProblem } from '../types.js';
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

function shapeProblems(issues: readonly v.BaseIssue<unknown>[]): RegionProblem[] {
  return issues.flatMap((issue) => {
    const path = issuePath(issue);
    if (issue.type === 'strict_object' && issue.expected === 'never') {
      const field = String(issue.path?.at(-1)?.key);
      return [
        {
          path,
          message: `unknown field '${field}': a response holds only id, group, answers and comment (no names)`,
        },
      ];
    }
    return [{ path, message: issue.message }];
  });
}

/** Joins a prefix and a core diagnostic path (`interventions[0].lever`). */
const join = (prefix: string, path: string) =>
  path === '' ? prefix : path.startsWith('[') ? prefix + path : `${prefix}.${path}`;

function crossProblems(region: Region, model: Model): RegionProblem[] {
  const out: RegionProblem[] = [];
  const roundIds = new Set<string>();
  region.rounds.forEach((round, i) => {
    if (roundIds.has(round.id))
      out.push({ path: `region.rounds[${String(i)}].id`, message: `duplicate round id '${round.id}'` });
    roundIds.add(round.id);
    const responseIds = new Set<string>();
    round.responses.forEach((response, k) => {
      if (responseIds.has(response.id))
        out.push({
          path: `region.rounds[${String(i)}].responses[${String(k)}].id`,
          message: `duplicate response id '${response.id}' in round '${round.id}'`,
        });
      responseIds.add(response.id);
    });
  });
  region.plans.forEach((plan, i) => {
    const at = `region.plans[${String(i)}]`;
    if (!roundIds.has(plan.roundId))
      out.push({
        path: `${at}.roundId`,
        message: `plan refers to round '${plan.roundId}', which the region does not have`,
      });
    const checked = validateScenario(model, { interventions: plan.interventions });
    for (const d of checked.diagnostics) out.push({ path: join(at, d.path), message: d.message });
    const levers = new Set(model.levers.map((l) => l.id));
    plan.actions.forEach((action, k) => {
      if (action.lever !== null && !levers.has(action.lever))
        out.push({
          path: `${at}.actions[${String(k)}].lever`,
          message: `unknown lever id '${action.lever}'`,
        });
    });
  });
  region.scenarios.forEach((scenario, i) => {
    const checked = validateScenario(model, scenario);
    for (const d of checked.diagnostics)
      if (d.severity === 'error')
        out.push({ path: join(`region.scenarios[${String(i)}]`, d.path), message: d.message });
  });
  return out;
}

/**
 * Reads a region bundle written by {@link serializeRegion}. Returns the region, or every problem
 * found, each with the path of the field (such as `region.rounds[0].responses[3].answers.trust1`)
 * and the reason: not JSON, another format or version, wrong shapes, answers outside 1–5, a field
 * on a response beyond id, group and answers (no names), duplicate round or response ids, a plan
 * for an unknown round, unknown levers, and scenarios or plan interventions that core's
 * `validateScenario` refuses for the model (default: the ICU model). Never throws.
 */
export function parseRegion(text: string, options: ParseRegionOptions = {}): RegionParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      problems: [{ path: '', message: `not valid JSON: ${e instanceof Error ? e.message : String(e)}` }],
    };
  }
  const parsed = v.safeParse(regionBundleSchema, data);
  if (!parsed.success) return { ok: false, problems: shapeProblems(parsed.issues) };
  const region = parsed.output.region as Region;
  const problems = crossProblems(region, options.model ?? icuNetworkModel);
  return problems.length === 0 ? { ok: true, region } : { ok: false, problems };
}
