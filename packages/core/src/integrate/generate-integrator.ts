import { ModeratorKind, SourceKind, type CompiledModel } from '../compile/compiled-model.js';
import type { RunPlan } from '../compile/run-plan.js';
import type { Method } from '../scenario/scenario-types.js';
import type { Evaluator } from './evaluator.js';

/**
 * A generated integrator: runs a whole plan with every state in a local variable and the model's
 * equations written out as straight-line code, saving into the given arrays.
 */
export type GeneratedIntegrator = (
  plan: RunPlan,
  ev: Evaluator,
  states: readonly Float64Array[],
  exogenous: readonly Float64Array[],
  fullState: Float64Array,
  time: Float64Array,
) => void;

const cache = new WeakMap<CompiledModel, Map<string, GeneratedIntegrator | null>>();
let codegenAllowed: boolean | undefined;

/** True when this environment may compile generated code (`new Function`); a strict CSP forbids it. */
export function canGenerateCode(): boolean {
  if (codegenAllowed === undefined) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-implied-eval -- probing whether code generation is allowed
      codegenAllowed = (new Function('return 1') as () => number)() === 1;
    } catch {
      codegenAllowed = false;
    }
  }
  return codegenAllowed;
}

/**
 * Returns the generated integrator for a plan's model and method (compiled once and cached; the
 * numbers of a run, including overridden ones, are read from the plan), or null where code generation is not allowed. The generated code computes exactly
 * the equations of {@link createEvaluator}, term by term in the same order.
 */
export function generatedIntegrator(plan: RunPlan): GeneratedIntegrator | null {
  if (!canGenerateCode()) return null;
  const compiled = plan.compiled;
  const key = plan.method;
  let byKey = cache.get(compiled);
  if (byKey === undefined) {
    byKey = new Map();
    cache.set(compiled, byKey);
  }
  const hit = byKey.get(key);
  if (hit !== undefined) return hit;
  let made: GeneratedIntegrator | null;
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the model's equations, generated from its data, never from user text
    made = new Function(
      'plan',
      'ev',
      'states',
      'exogenous',
      'fullState',
      'time',
      integratorSource(compiled, plan.method),
    ) as GeneratedIntegrator;
  } catch {
    made = null;
  }
  byKey.set(key, made);
  return made;
}

const num = (x: number): string => (Number.isFinite(x) ? (Object.is(x, -0) ? '0' : String(x)) : 'NaN');
const clamp = (e: string): string => `(${e} < 0 ? 0 : ${e} > 1 ? 1 : ${e})`;

function power(v: string, n: number): string {
  if (n === 1) return v;
  if (n === 2) return `${v} * ${v}`;
  if (n === 3) return `${v} * ${v} * ${v}`;
  return `Math.pow(${v}, ${num(n)})`;
}

/** The statements computing derivatives `out<i>` from stage states `a<i>`. */
function derivative(c: CompiledModel, a: (i: number) => string, out: (i: number) => string): string[] {
  const nF = c.nFactors;
  const nD = c.delayLink.length;
  const lines: string[] = [];
  // Clamped reads of every factor and delay state, as the evaluator's reads.
  for (let i = 0; i < nF + nD; i++) lines.push(`const q${String(i)} = ${clamp(a(i))};`);
  const hasNegative = new Set<number>();
  for (let i = 0; i < nF; i++) lines.push(`let D${String(i)} = F[${String(i)}];`);
  for (let l = 0; l < c.linkTo.length; l++) {
    const kind = c.linkSrcKind[l];
    const src = c.linkSrcIndex[l] ?? 0;
    let s: string;
    if (kind === SourceKind.State || kind === SourceKind.Delayed) s = `q${String(src)}`;
    else if (kind === SourceKind.Exogenous) s = `u${String(src)}`;
    else {
      const now = c.linkAuxExogenous[l] === 1 ? `u${String(src)}` : `q${String(src)}`;
      lines.push(`const r${String(l)} = ${now} - ${a(c.linkAux[l] ?? 0)};`);
      s = `(r${String(l)} > 0 ? r${String(l)} : 0)`;
    }
    const factors: string[] = [`W[${String(l)}]`];
    for (let j = c.modStart[l] ?? 0; j < (c.modEnd[l] ?? 0); j++) {
      const by = c.modIndex[j] ?? 0;
      const v = c.modExogenous[j] === 1 ? `u${String(by)}` : `q${String(by)}`;
      const mk = c.modKind[j];
      const name = `m${String(j)}`;
      if (mk === ModeratorKind.Gate) {
        lines.push(`const g${String(j)} = ${power(v, c.modN[j] ?? 1)};`);
        lines.push(
          `const ${name} = g${String(j)} > 0 ? g${String(j)} / (G${String(j)} + g${String(j)}) : 0;`,
        );
      } else if (mk === ModeratorKind.Amplify) {
        lines.push(`const ${name} = 1 + ${num(c.modA[j] ?? 0)} * ${v};`);
      } else {
        lines.push(`const h${String(j)} = 1 - ${num(c.modA[j] ?? 0)} * ${v};`);
        lines.push(`const ${name} = h${String(j)} > 0 ? h${String(j)} : 0;`);
      }
      factors.push(name);
    }
    const to = c.linkTo[l] ?? 0;
    const term = `${factors.join(' * ')} * ${s}`;
    if ((c.linkSign[l] ?? 1) > 0) lines.push(`D${String(to)} = D${String(to)} + ${term};`);
    else {
      if (!hasNegative.has(to)) {
        hasNegative.add(to);
        lines.push(`let N${String(to)} = 0;`);
      }
      lines.push(`N${String(to)} = N${String(to)} + ${term};`);
    }
  }
  for (let i = 0; i < nF; i++) {
    const I = String(i);
    const d = `D${I}`;
    const n = `N_${I}`;
    lines.push(
      `const p${I} = ${d} > 0 ? (${n} === 3 ? ${d} * ${d} * ${d} : ${n} === 2 ? ${d} * ${d} : ${n} === 1 ? ${d} : Math.pow(${d}, ${n})) : 0;`,
    );
    const damping = hasNegative.has(i) ? ` + N${I}` : ' + 0';
    lines.push(
      `${out(i)} = R[${I}] * (p${I} > 0 ? p${I} / (K${I} + p${I}) : 0) * (1 - q${I}) - (E[${I}]${damping}) * q${I};`,
    );
  }
  for (let d = 0; d < nD; d++) {
    const l = c.delayLink[d] ?? 0;
    const src = c.linkAux[l] ?? 0;
    const target = c.linkAuxExogenous[l] === 1 ? `u${String(src)}` : `q${String(src)}`;
    lines.push(`${out(nF + d)} = (${target} - ${a(nF + d)}) / T${String(d)};`);
  }
  for (let r = 0; r < c.riseLink.length; r++) {
    const l = c.riseLink[r] ?? 0;
    const src = c.linkSrcIndex[l] ?? 0;
    const now = c.linkAuxExogenous[l] === 1 ? `u${String(src)}` : `q${String(src)}`;
    const idx = nF + nD + r;
    lines.push(`${out(idx)} = (${now} - ${a(idx)}) / S${String(r)};`);
  }
  return [`{`, ...lines.map((x) => `  ${x}`), `}`];
}

/**
 * The body of the generated integrator of a model and method: a function body with the parameters
 * `plan, ev, states, exogenous, fullState, time` (see {@link GeneratedIntegrator}). It depends on the
 * compiled model's structure only (every number a run may change is read from the plan), and holds
 * only indices and numbers, never model ids or other text from the model.
 */
export function integratorSource(c: CompiledModel, method: Method): string {
  const nF = c.nFactors;
  const nS = c.nState;
  const nX = c.exogenousIds.length;
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  const rk4 = method === 'rk4';
  const y = (i: number) => `y${String(i)}`;
  const loadU = range(nX)
    .map((k) => `u${String(k)} = U[${String(k)}];`)
    .join(' ');
  const save = (row: string) => [
    `time[${row}] = t1;`,
    ...range(nF).map((i) => `st${String(i)}[${row}] = y${String(i)};`),
    ...range(nS).map((i) => `fullState[(${row}) * ${String(nS)} + ${String(i)}] = y${String(i)};`),
    ...range(nX).map((k) => `ex${String(k)}[${row}] = U[${String(k)}];`),
  ];
  const lines: string[] = [
    `'use strict';`,
    `const W = ev.weight, R = ev.rate, E = ev.erosion, F = ev.inflow, U = ev.exogenous, varying = ev.varying;`,
    `const dt = plan.dt, steps = plan.steps, h = dt / 2, w6 = dt / 6;`,
    ...range(nF).map(
      (i) => `const K${String(i)} = plan.kPow[${String(i)}], N_${String(i)} = plan.steepness[${String(i)}];`,
    ),
    ...range(c.modKind.length)
      .filter((j) => c.modKind[j] === ModeratorKind.Gate)
      .map((j) => `const G${String(j)} = plan.gatePow[${String(j)}];`),
    ...range(c.delayLink.length).map((d) => `const T${String(d)} = plan.delayTime[${String(d)}];`),
    ...range(c.riseLink.length).map((r) => `const S${String(r)} = plan.riseTime[${String(r)}];`),
    ...range(nF).map((i) => `const st${String(i)} = states[${String(i)}];`),
    ...range(nX).map((k) => `const ex${String(k)} = exogenous[${String(k)}];`),
    ...range(nS).map((i) => `let y${String(i)} = plan.y0[${String(i)}];`),
    ...range(nS).map(
      (i) => `let k1_${String(i)} = 0, k2_${String(i)} = 0, k3_${String(i)} = 0, k4_${String(i)} = 0;`,
    ),
    ...(nX > 0
      ? [
          `let ${range(nX)
            .map((k) => `u${String(k)} = 0`)
            .join(', ')};`,
        ]
      : []),
    `let t1 = 0;`,
    `ev.setTime(0); ${loadU}`,
    ...save('0'),
    `for (let s = 0; s < steps; s++) {`,
    `  const t = s * dt;`,
    `  if (varying) { ev.setTime(t); ${loadU} }`,
  ];
  const k = (stage: number) => (i: number) => `k${String(stage)}_${String(i)}`;
  if (rk4) {
    lines.push(...derivative(c, y, k(1)));
    lines.push(`  if (varying) { ev.setTime(t + h); ${loadU} }`);
    lines.push(...derivative(c, (i) => `(y${String(i)} + h * k1_${String(i)})`, k(2)));
    lines.push(...derivative(c, (i) => `(y${String(i)} + h * k2_${String(i)})`, k(3)));
    lines.push(`  if (varying) { ev.setTime(t + dt); ${loadU} }`);
    lines.push(...derivative(c, (i) => `(y${String(i)} + dt * k3_${String(i)})`, k(4)));
    for (const i of range(nS)) {
      const I = String(i);
      lines.push(
        `  { const v = y${I} + w6 * (k1_${I} + 2 * k2_${I} + 2 * k3_${I} + k4_${I}); y${I} = v < 0 ? 0 : v > 1 ? 1 : v; }`,
      );
    }
  } else {
    lines.push(...derivative(c, y, k(1)));
    for (const i of range(nS)) {
      const I = String(i);
      lines.push(`  { const v = y${I} + dt * k1_${I}; y${I} = v < 0 ? 0 : v > 1 ? 1 : v; }`);
    }
  }
  lines.push(`  t1 = (s + 1) * dt;`);
  lines.push(`  if (varying) ev.setTime(t1);`);
  lines.push(...save('s + 1').map((x) => `  ${x}`));
  lines.push(`}`);
  return lines.join('\n');
}
