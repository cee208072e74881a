import { ModeratorKind, SourceKind } from '../compile/compiled-model.js';
import { EffectKind, type RunPlan } from '../compile/run-plan.js';

/**
 * The right-hand side of a run: given the time and the state, the rate of change of every state.
 * All working memory is allocated once here; {@link Evaluator.derive} allocates nothing, looks up
 * no names and parses nothing.
 */
export interface Evaluator {
  /** Sets the time: exogenous values and lever effects for `t`. Times must not decrease between calls. */
  setTime(t: number): void;
  /** Writes dy/dt for state `y` at the last time set into `out`. */
  derive(y: Float64Array, out: Float64Array): void;
  /** Exogenous values at the last time set. */
  readonly exogenous: Float64Array;
  /** Effective link weights at the last time set. */
  readonly weight: Float64Array;
  /** Effective growth rates at the last time set. */
  readonly rate: Float64Array;
  /** Effective erosion rates at the last time set. */
  readonly erosion: Float64Array;
  /** Effective constant inflow per factor (lever and parameter `inflow` effects) at the last time set. */
  readonly inflow: Float64Array;
  /** False when every input is constant and no lever acts: then nothing depends on the time. */
  readonly varying: boolean;
  /** Summed positive drive per factor from the last `derive`. */
  readonly drive: Float64Array;
  /** Summed negative pressure per factor from the last `derive`. */
  readonly damping: Float64Array;
  /** Per link: its signal value from the last `derive`. */
  readonly signal: Float64Array;
  /** Per link: product of its moderators from the last `derive`. */
  readonly moderation: Float64Array;
}

const EPS = 1e-9;

/** Creates the evaluator of a run plan. */
export function createEvaluator(plan: RunPlan): Evaluator {
  const c = plan.compiled;
  const nF = c.nFactors;
  const nL = c.linkTo.length;
  const nD = c.delayLink.length;
  const nR = c.riseLink.length;
  const nX = c.exogenousIds.length;
  const nIv = plan.ivStart.length;
  const nEff = plan.effKind.length;
  const {
    linkTo,
    linkSign,
    linkSrcKind,
    linkSrcIndex,
    linkAux,
    linkAuxExogenous,
    modStart,
    modEnd,
    modKind,
    modExogenous,
    modIndex,
    modA,
    modN,
  } = c;
  const {
    kPow,
    steepness,
    gatePow,
    delayTime,
    riseTime,
    scheduleMonths,
    scheduleValues,
    ivStart,
    ivEnd,
    ivIntensity,
    effKind,
    effTarget,
    effSize,
    effOwner,
  } = plan;

  const hasLevers = nEff > 0;
  const u = new Float64Array(nX);
  const cursor = new Int32Array(nX);
  // Without levers nothing changes the plan's numbers, so they are shared (and only read).
  const weight = hasLevers ? Float64Array.from(plan.weight) : plan.weight;
  const rate = hasLevers ? Float64Array.from(plan.rate) : plan.rate;
  const erosion = hasLevers ? Float64Array.from(plan.erosion) : plan.erosion;
  const inflow = hasLevers ? Float64Array.from(plan.inflow) : plan.inflow;
  const work = new Float64Array(2 * nF + 2 * nL);
  const drive = work.subarray(0, nF);
  const damping = work.subarray(nF, 2 * nF);
  const signal = work.subarray(2 * nF, 2 * nF + nL);
  const moderation = work.subarray(2 * nF + nL);
  const active = new Float64Array(nIv);
  let lastT = Number.NEGATIVE_INFINITY;

  for (let k = 0; k < nX; k++) u[k] = scheduleValues[k]?.[0] ?? 0;

  function setTime(t: number): void {
    if (t < lastT) for (let k = 0; k < nX; k++) cursor[k] = 0;
    lastT = t;
    for (let k = 0; k < nX; k++) {
      const months = scheduleMonths[k] as Float64Array;
      let i = cursor[k] as number;
      while (i + 1 < months.length && (months[i + 1] as number) <= t + EPS) i++;
      cursor[k] = i;
      u[k] = (scheduleValues[k] as Float64Array)[i] as number;
    }
    if (!hasLevers) return;
    let changed = false;
    for (let v = 0; v < nIv; v++) {
      const a =
        t + EPS >= (ivStart[v] as number) && t + EPS < (ivEnd[v] as number) ? (ivIntensity[v] as number) : 0;
      if (a !== active[v]) changed = true;
      active[v] = a;
    }
    if (!changed) return;
    weight.set(plan.weight);
    rate.set(plan.rate);
    erosion.set(plan.erosion);
    inflow.set(plan.inflow);
    for (let e = 0; e < nEff; e++) {
      const a = active[effOwner[e] as number] as number;
      if (a === 0) continue;
      const target = effTarget[e] as number;
      const size = (effSize[e] as number) * a;
      const kind = effKind[e];
      if (kind === EffectKind.Weight) weight[target] = (weight[target] as number) * Math.max(0, 1 + size);
      else if (kind === EffectKind.GrowthRate)
        rate[target] = (rate[target] as number) * Math.max(0, 1 + size);
      else if (kind === EffectKind.Erosion) erosion[target] = Math.max(0, (erosion[target] as number) + size);
      else inflow[target] = (inflow[target] as number) + size;
    }
  }

  // Integer steepness is common (2, 3); multiplying is much faster than Math.pow.
  const powFactor = (d: number, n: number): number =>
    n === 2 ? d * d : n === 3 ? d * d * d : n === 1 ? d : Math.pow(d, n);
  const STATE = SourceKind.State;
  const DELAYED = SourceKind.Delayed;
  const EXOGENOUS = SourceKind.Exogenous;
  const GATE = ModeratorKind.Gate;
  const AMPLIFY = ModeratorKind.Amplify;
  const { delayLink, riseLink } = c;

  function derive(y: Float64Array, out: Float64Array): void {
    for (let i = 0; i < nF; i++) {
      drive[i] = inflow[i] as number;
      damping[i] = 0;
    }
    for (let l = 0; l < nL; l++) {
      const kind = linkSrcKind[l];
      const src = linkSrcIndex[l] as number;
      let s: number;
      if (kind === STATE || kind === DELAYED) {
        s = y[src] as number;
        s = s < 0 ? 0 : s > 1 ? 1 : s;
      } else if (kind === EXOGENOUS) s = u[src] as number;
      else {
        let now = linkAuxExogenous[l] === 1 ? (u[src] as number) : (y[src] as number);
        now = now < 0 ? 0 : now > 1 ? 1 : now;
        const rise = now - (y[linkAux[l] as number] as number);
        s = rise > 0 ? rise : 0;
      }
      let m = 1;
      const end = modEnd[l] as number;
      for (let j = modStart[l] as number; j < end; j++) {
        const by = modIndex[j] as number;
        let v = modExogenous[j] === 1 ? (u[by] as number) : (y[by] as number);
        v = v < 0 ? 0 : v > 1 ? 1 : v;
        const mk = modKind[j];
        if (mk === GATE) {
          const vn = powFactor(v, modN[j] as number);
          m *= vn > 0 ? vn / ((gatePow[j] as number) + vn) : 0;
        } else if (mk === AMPLIFY) m *= 1 + (modA[j] as number) * v;
        else {
          const d = 1 - (modA[j] as number) * v;
          m *= d > 0 ? d : 0;
        }
      }
      signal[l] = s;
      moderation[l] = m;
      const contribution = (weight[l] as number) * m * s;
      const to = linkTo[l] as number;
      if ((linkSign[l] as number) > 0) drive[to] = (drive[to] as number) + contribution;
      else damping[to] = (damping[to] as number) + contribution;
    }
    for (let i = 0; i < nF; i++) {
      let x = y[i] as number;
      x = x < 0 ? 0 : x > 1 ? 1 : x;
      // A negative drive (negative inflow from a lever or parameter) means no growth pressure.
      const d = drive[i] as number;
      const dn = d > 0 ? powFactor(d, steepness[i] as number) : 0;
      const pressure = dn > 0 ? dn / ((kPow[i] as number) + dn) : 0;
      out[i] =
        (rate[i] as number) * pressure * (1 - x) - ((erosion[i] as number) + (damping[i] as number)) * x;
    }
    for (let d = 0; d < nD; d++) {
      const l = delayLink[d] as number;
      const src = linkAux[l] as number;
      let target = linkAuxExogenous[l] === 1 ? (u[src] as number) : (y[src] as number);
      target = target < 0 ? 0 : target > 1 ? 1 : target;
      out[nF + d] = (target - (y[nF + d] as number)) / (delayTime[d] as number);
    }
    for (let r = 0; r < nR; r++) {
      const l = riseLink[r] as number;
      const src = linkSrcIndex[l] as number;
      let now = linkAuxExogenous[l] === 1 ? (u[src] as number) : (y[src] as number);
      now = now < 0 ? 0 : now > 1 ? 1 : now;
      const idx = nF + nD + r;
      out[idx] = (now - (y[idx] as number)) / (riseTime[r] as number);
    }
  }

  const varying = hasLevers || scheduleMonths.some((m) => m.length > 1);
  return {
    setTime,
    derive,
    exogenous: u,
    weight,
    rate,
    erosion,
    inflow,
    varying,
    drive,
    damping,
    signal,
    moderation,
  };
}
