import * as v from 'valibot';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnosticsFromIssues } from '../diagnostics/from-issues.js';
import { diagnose, error, messages } from '../diagnostics/messages.js';
import { modelSchema } from './model-schema.js';
import type { Effect, Model } from './model-types.js';

/** Result of validating a model: the typed model when valid, and every problem found. */
export type ModelValidation =
  | { readonly ok: true; readonly model: Model; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

const cache = new WeakMap<object, ModelValidation>();

/**
 * Validates a model definition: its shape (by schema) and its cross-references (unique ids, links
 * between known factors, links only into endogenous factors, levers and parameters acting on known
 * factors and links, mechanisms naming known members). Returns all problems, not only the first.
 * Results are cached per object, so validating the same model twice is free.
 */
export function validateModel(input: unknown): ModelValidation {
  if (typeof input === 'object' && input !== null) {
    const hit = cache.get(input);
    if (hit !== undefined) return hit;
  }
  const result = validateUncached(input);
  if (typeof input === 'object' && input !== null) cache.set(input, result);
  return result;
}

function validateUncached(input: unknown): ModelValidation {
  if (typeof input === 'object' && input !== null && 'schemaVersion' in input && input.schemaVersion !== 1) {
    return {
      ok: false,
      diagnostics: [diagnose.unsupported_version('schemaVersion', input.schemaVersion)],
    };
  }
  const parsed = v.safeParse(modelSchema, input);
  if (!parsed.success) {
    // Best effort: also report cross-reference problems of a model whose shape is wrong, where the
    // malformed parts still allow the checks to run.
    let refs: Diagnostic[];
    try {
      refs = crossReferences(input as Model);
    } catch {
      refs = [];
    }
    const shape = diagnosticsFromIssues(parsed.issues);
    const seen = new Set(shape.map((d) => `${d.path}|${d.code}`));
    return { ok: false, diagnostics: [...shape, ...refs.filter((d) => !seen.has(`${d.path}|${d.code}`))] };
  }
  const model = parsed.output as Model;
  const diagnostics = crossReferences(model);
  return diagnostics.length === 0
    ? { ok: true, model: input as Model, diagnostics }
    : { ok: false, diagnostics };
}

function crossReferences(model: Model): Diagnostic[] {
  const out: Diagnostic[] = [];
  const duplicates = (items: readonly { id: string }[], path: string, seen: Set<string>) => {
    items.forEach((item, i) => {
      if (seen.has(item.id)) out.push(diagnose.duplicate_id(`${path}[${String(i)}].id`, item.id));
      seen.add(item.id);
    });
  };
  const variables = new Set<string>();
  duplicates(model.factors, 'factors', variables);
  duplicates(model.inputs, 'inputs', variables);
  const linkIds = new Set<string>();
  duplicates(model.links, 'links', linkIds);
  const mechanismIds = new Set<string>();
  duplicates(model.mechanisms, 'mechanisms', mechanismIds);
  const leverIds = new Set<string>();
  duplicates(model.levers, 'levers', leverIds);
  duplicates(model.parameters, 'parameters', new Set());
  duplicates(model.patterns, 'patterns', new Set());

  const endogenous = new Set(model.factors.filter((f) => !f.exogenous).map((f) => f.id));
  const factorIds = new Set(model.factors.map((f) => f.id));
  const known = (id: string, path: string) => {
    if (!variables.has(id)) out.push(diagnose.unknown_factor(path, id));
  };

  model.factors.forEach((f, i) =>
    f.mechanisms.forEach((m, j) => {
      if (!mechanismIds.has(m))
        out.push(diagnose.unknown_mechanism(`factors[${String(i)}].mechanisms[${String(j)}]`, m));
    }),
  );
  model.mechanisms.forEach((m, i) => {
    m.factors.forEach((f, j) => known(f, `mechanisms[${String(i)}].factors[${String(j)}]`));
    m.advice.forEach((a, j) =>
      a.levers.forEach((l, k) => {
        if (!leverIds.has(l))
          out.push(
            diagnose.unknown_lever(`mechanisms[${String(i)}].advice[${String(j)}].levers[${String(k)}]`, l),
          );
      }),
    );
  });
  model.links.forEach((link, i) => {
    const path = `links[${String(i)}]`;
    known(link.from, `${path}.from`);
    if (!factorIds.has(link.to)) out.push(diagnose.unknown_factor(`${path}.to`, link.to));
    else if (!endogenous.has(link.to)) out.push(diagnose.exogenous_target(`${path}.to`, link.to));
    link.moderators?.forEach((m, j) => known(m.by, `${path}.moderators[${String(j)}].by`));
    if (link.signal !== 'rise' && (link.riseTime !== undefined || link.riseFrom !== undefined)) {
      out.push(
        error(
          'invalid_value',
          `${path}.riseTime`,
          'riseTime and riseFrom only apply to links with signal "rise"',
        ),
      );
    }
    if (link.signal === 'rise' && link.delay !== undefined) {
      out.push(error('invalid_value', `${path}.delay`, 'a link with signal "rise" cannot also have a delay'));
    }
    if (link.signal === 'rise' && link.riseTime === undefined) {
      out.push(error('invalid_value', `${path}.riseTime`, 'a link with signal "rise" needs a riseTime'));
    }
  });
  const checkEffects = (effects: readonly Effect[], path: string) =>
    effects.forEach((e, j) => {
      const at = `${path}.effects[${String(j)}]`;
      if (e.target === 'weight') {
        if (!linkIds.has(e.link)) out.push(diagnose.unknown_link(`${at}.link`, e.link));
      } else if (!endogenous.has(e.factor)) {
        out.push(
          error(
            'unknown_factor',
            `${at}.factor`,
            `${messages.unknown_factor(e.factor)} (effects act on endogenous factors)`,
            { id: e.factor },
          ),
        );
      }
    });
  model.levers.forEach((l, i) => {
    checkEffects(l.effects, `levers[${String(i)}]`);
    if (!mechanismIds.has(l.mechanism))
      out.push(diagnose.unknown_mechanism(`levers[${String(i)}].mechanism`, l.mechanism));
  });
  model.parameters.forEach((p, i) => {
    checkEffects(p.effects, `parameters[${String(i)}]`);
    if (p.min > p.max || p.value < p.min || p.value > p.max) {
      out.push(diagnose.out_of_range(`parameters[${String(i)}].value`, p.value, p.min, p.max));
    }
  });
  model.patterns.forEach((p, i) =>
    p.conditions.forEach((c, j) =>
      known(c.variable, `patterns[${String(i)}].conditions[${String(j)}].variable`),
    ),
  );
  return out;
}
