import { ModeratorKind, SourceKind } from '../compile/compiled-model.js';
import type { RunPlan } from '../compile/run-plan.js';
import type { Evaluator } from '../integrate/evaluator.js';
import type { InfluenceEdge } from './loop-graph.js';

/**
 * Computes, for the state `y` at the evaluator's current time, the gain of every influence edge:
 * the partial derivative ∂(dx_to/dt)/∂(source) in 1/month, from the model's equations (not by finite
 * differences). A link's gain is r·(1−x)·P′(D)·w·M for a positive link and −x·w·M for a negative
 * one; a moderator's gain replaces M by ∂M/∂v. Delays are looked through: a delayed link's gain is
 * taken with respect to the delayed copy of its source.
 *
 * @param out - receives one gain per edge, in the order of `edges`
 */
export function edgeGains(
  plan: RunPlan,
  ev: Evaluator,
  y: Float64Array,
  scratch: Float64Array,
  edges: readonly InfluenceEdge[],
  out: Float64Array,
): void {
  const c = plan.compiled;
  ev.derive(y, scratch);
  edges.forEach((e, k) => {
    const l = e.link;
    const to = c.linkTo[l] ?? 0;
    const x = clamp(y[to] ?? 0);
    const positive = (c.linkSign[l] ?? 1) > 0;
    let base: number;
    if (positive) {
      const d = ev.drive[to] ?? 0;
      const n = plan.steepness[to] ?? 1;
      const kn = plan.kPow[to] ?? 1;
      const dn = Math.pow(d, n);
      const slope =
        d > 0 ? (n * kn * Math.pow(d, n - 1)) / ((kn + dn) * (kn + dn)) : d === 0 && n === 1 ? 1 / kn : 0;
      base = (ev.rate[to] ?? 0) * (1 - x) * slope;
    } else {
      base = -x;
    }
    const w = ev.weight[l] ?? 0;
    // A rise link carries nothing (and so passes on no change) while its source is below its reference.
    if (c.linkSrcKind[l] === SourceKind.Rise && (ev.signal[l] ?? 0) <= 0) {
      out[k] = 0;
      return;
    }
    if (e.moderator < 0) {
      out[k] = base * w * (ev.moderation[l] ?? 0);
      return;
    }
    const j = (c.modStart[l] ?? 0) + e.moderator;
    let others = 1;
    let slope = 0;
    for (let i = c.modStart[l] ?? 0; i < (c.modEnd[l] ?? 0); i++) {
      const v = moderatorInput(c, ev, y, i);
      const kind = c.modKind[i];
      const a = c.modA[i] ?? 0;
      let value: number;
      let dv: number;
      if (kind === ModeratorKind.Gate) {
        const n = c.modN[i] ?? 1;
        const tn = plan.gatePow[i] ?? 1;
        const vn = Math.pow(v, n);
        value = vn / (tn + vn);
        dv = v > 0 ? (n * tn * Math.pow(v, n - 1)) / ((tn + vn) * (tn + vn)) : n === 1 ? 1 / tn : 0;
      } else if (kind === ModeratorKind.Amplify) {
        value = 1 + a * v;
        dv = a;
      } else {
        value = Math.max(0, 1 - a * v);
        dv = value > 0 ? -a : 0;
      }
      if (i === j) slope = dv;
      else others *= value;
    }
    out[k] = base * w * (ev.signal[l] ?? 0) * others * slope;
  });
}

function moderatorInput(c: RunPlan['compiled'], ev: Evaluator, y: Float64Array, i: number): number {
  const by = c.modIndex[i] ?? 0;
  return c.modExogenous[i] === 1 ? (ev.exogenous[by] ?? 0) : clamp(y[by] ?? 0);
}

function clamp(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
