import type { Link, Model, Moderator, Scenario } from '@samenspel/core';

/** The parts of a run the flows are computed from (a `SimulationResultJson` has them). */
export interface RunSeries {
  /** Saved times (months). */
  readonly time: readonly number[];
  /** Per factor and input id: its value at each saved time. */
  readonly series: Readonly<Record<string, readonly number[]>>;
}

/**
 * The index of the saved time nearest to `month` (the times are sorted). 0 for an empty run.
 */
export function indexAtMonth(time: readonly number[], month: number): number {
  if (time.length === 0) return 0;
  let lo = 0;
  let hi = time.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((time[mid] ?? 0) < month) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && Math.abs((time[lo - 1] ?? 0) - month) <= Math.abs((time[lo] ?? 0) - month)) return lo - 1;
  return lo;
}

/** The value of a moderator at moderating level v: the factor M it multiplies its link by. */
export function moderatorFactor(m: Moderator, v: number): number {
  const x = Math.max(0, v);
  if (m.effect === 'gate') {
    const vn = Math.pow(x, m.steepness);
    const tn = Math.pow(m.threshold, m.steepness);
    return vn + tn === 0 ? 0 : vn / (tn + vn);
  }
  if (m.effect === 'amplify') return 1 + m.strength * x;
  return Math.max(0, 1 - m.strength * x);
}

/**
 * The weight of every link over time as the run used it: the model's weight, or the scenario's
 * `<linkId>.weight` override, times (1 + size·v) for each global parameter that acts on it (v its
 * scenario value or default) and for each lever of the scenario while it acts (v its intensity).
 * Levers' inflows, growth and erosion effects do not change what a link carries and are left out.
 */
export function linkWeights(
  model: Model,
  scenario: Scenario | null,
  time: readonly number[],
): Map<string, number[]> {
  const overrides = scenario?.parameters ?? {};
  const base = new Map(model.links.map((l) => [l.id, overrides[`${l.id}.weight`] ?? l.weight]));
  for (const p of model.parameters) {
    const v = overrides[p.id] ?? p.value;
    for (const e of p.effects)
      if (e.target === 'weight') base.set(e.link, (base.get(e.link) ?? 0) * Math.max(0, 1 + v * e.size));
  }
  const out = new Map<string, number[]>();
  for (const l of model.links)
    out.set(
      l.id,
      time.map(() => base.get(l.id) ?? 0),
    );
  for (const iv of scenario?.interventions ?? []) {
    const lever = model.levers.find((x) => x.id === iv.lever);
    if (lever === undefined) continue;
    const start = iv.startMonth ?? 0;
    const end = iv.endMonth ?? Number.POSITIVE_INFINITY;
    const v = iv.intensity ?? 1;
    for (const e of lever.effects) {
      if (e.target !== 'weight') continue;
      const row = out.get(e.link);
      if (row === undefined) continue;
      time.forEach((t, k) => {
        if (t >= start && t < end) row[k] = (row[k] ?? 0) * Math.max(0, 1 + v * e.size);
      });
    }
  }
  return out;
}

/**
 * A first-order smoothing of `x` over the saved times with time constant T, starting at `start`:
 * dz/dt = (x − z)/T, stepped exactly for a source held constant over each interval.
 */
export function smooth(time: readonly number[], x: readonly number[], T: number, start: number): number[] {
  const z: number[] = [];
  let level = start;
  time.forEach((t, k) => {
    if (k > 0) {
      const dt = t - (time[k - 1] ?? t);
      const prev = x[k - 1] ?? 0;
      level = prev + (level - prev) * Math.exp(-dt / Math.max(T, 1e-9));
    }
    z.push(level);
  });
  return z;
}

/**
 * What a link carries at each saved time, s in the model's equations: the source's level, its
 * delayed copy (`delay`), or its rise above its own smoothed past (`signal: 'rise'`). Delayed and
 * rise signals are reconstructed from the saved series, which is close to the engine's own state at
 * the default time step.
 */
export function linkSignal(link: Link, run: RunSeries, scenario: Scenario | null): number[] {
  const x = run.series[link.from] ?? run.time.map(() => 0);
  const x0 = x[0] ?? 0;
  if (link.signal === 'rise') {
    const ref = smooth(run.time, x, link.riseTime ?? 1, link.riseFrom ?? x0);
    return x.map((v, k) => Math.max(0, v - (ref[k] ?? 0)));
  }
  const delay = scenario?.parameters?.[`${link.id}.delay`] ?? link.delay;
  if (delay !== undefined && delay > 0) return smooth(run.time, x, delay, x0);
  return [...x];
}

/**
 * The influence each link carries over a run: its term w·M·s in its target's drive (weight ×
 * moderators × what it carries), per saved time. This is what the diagram draws as the width of
 * a link. Weights include the scenario's overrides, global parameters and active levers (see
 * {@link linkWeights}).
 */
export function linkFlows(model: Model, run: RunSeries, scenario: Scenario | null): Map<string, number[]> {
  const weights = linkWeights(model, scenario, run.time);
  const out = new Map<string, number[]>();
  for (const link of model.links) {
    const s = linkSignal(link, run, scenario);
    const w = weights.get(link.id) ?? [];
    const flow = s.map((sk, k) => {
      let m = 1;
      for (const mod of link.moderators ?? []) m *= moderatorFactor(mod, run.series[mod.by]?.[k] ?? 0);
      return (w[k] ?? 0) * m * sk;
    });
    out.set(link.id, flow);
  }
  return out;
}

/** The flows of every link at one saved time. */
export function flowsAt(flows: ReadonlyMap<string, readonly number[]>, index: number): Map<string, number> {
  return new Map([...flows].map(([id, f]) => [id, f[index] ?? 0]));
}

/** Stroke width of a link carrying `flow` (a square-root scale, so small flows stay visible). */
export function flowWidth(flow: number, max = 0.6, thin = 1.2, thick = 9): number {
  const share = Math.min(1, Math.max(0, flow) / max);
  return thin + (thick - thin) * Math.sqrt(share);
}

/**
 * The weight of every link at the saved time `index` only: the same values as the column `index`
 * of {@link linkWeights} (0 where the run has no such time), without building the whole series.
 */
export function linkWeightsAt(
  model: Model,
  scenario: Scenario | null,
  time: readonly number[],
  index: number,
): Map<string, number> {
  const overrides = scenario?.parameters ?? {};
  const base = new Map(model.links.map((l) => [l.id, overrides[`${l.id}.weight`] ?? l.weight]));
  for (const p of model.parameters) {
    const v = overrides[p.id] ?? p.value;
    for (const e of p.effects)
      if (e.target === 'weight') base.set(e.link, (base.get(e.link) ?? 0) * Math.max(0, 1 + v * e.size));
  }
  const t = time[index];
  const out = new Map<string, number>(
    model.links.map((l) => [l.id, t === undefined ? 0 : (base.get(l.id) ?? 0)]),
  );
  if (t === undefined) return out;
  for (const iv of scenario?.interventions ?? []) {
    const lever = model.levers.find((x) => x.id === iv.lever);
    if (lever === undefined) continue;
    const start = iv.startMonth ?? 0;
    const end = iv.endMonth ?? Number.POSITIVE_INFINITY;
    const v = iv.intensity ?? 1;
    if (!(t >= start && t < end)) continue;
    for (const e of lever.effects) {
      if (e.target !== 'weight') continue;
      const w = out.get(e.link);
      if (w === undefined) continue;
      out.set(e.link, w * Math.max(0, 1 + v * e.size));
    }
  }
  return out;
}

/**
 * What a link carries at the saved time `index` only: the value at `index` of {@link linkSignal}
 * (the smoothing of delayed and rise signals runs over the times up to `index`).
 */
export function linkSignalAt(
  link: Link,
  run: RunSeries,
  scenario: Scenario | null,
  index: number,
): number | undefined {
  const x = run.series[link.from];
  if (x === undefined) return index < run.time.length ? 0 : undefined;
  if (index >= x.length) return undefined;
  const x0 = x[0] ?? 0;
  const upTo = (values: readonly number[]): readonly number[] => values.slice(0, index + 1);
  if (link.signal === 'rise') {
    const ref = smooth(upTo(run.time), upTo(x), link.riseTime ?? 1, link.riseFrom ?? x0);
    return Math.max(0, (x[index] ?? 0) - (ref[index] ?? 0));
  }
  const delay = scenario?.parameters?.[`${link.id}.delay`] ?? link.delay;
  if (delay !== undefined && delay > 0) return smooth(upTo(run.time), upTo(x), delay, x0)[index];
  return x[index];
}

/**
 * The flows of every link at the saved time `index`: the same values as
 * `flowsAt(linkFlows(model, run, scenario), index)`, computed for that time only (what the diagram
 * shows for its month, without the flows of every other month).
 */
export function linkFlowsAt(
  model: Model,
  run: RunSeries,
  scenario: Scenario | null,
  index: number,
): Map<string, number> {
  const weights = linkWeightsAt(model, scenario, run.time, index);
  const out = new Map<string, number>();
  for (const link of model.links) {
    const s = linkSignalAt(link, run, scenario, index);
    if (s === undefined) {
      out.set(link.id, 0);
      continue;
    }
    let m = 1;
    for (const mod of link.moderators ?? []) m *= moderatorFactor(mod, run.series[mod.by]?.[index] ?? 0);
    out.set(link.id, (weights.get(link.id) ?? 0) * m * s);
  }
  return out;
}
