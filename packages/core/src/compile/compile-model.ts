import type { Model } from '../model/model-types.js';
import { validateModel } from '../model/validate-model.js';
import { formatDiagnostics } from '../diagnostics/diagnostic.js';
import { ModeratorKind, SourceKind, type CompiledModel, type VariableSlot } from './compiled-model.js';

const cache = new WeakMap<Model, CompiledModel>();

/**
 * Compiles a valid model to flat arrays (see {@link CompiledModel}). Cached per model object.
 * Throws when the model is invalid: call {@link validateModel} first to get the problems as values.
 */
export function compileModel(model: Model): CompiledModel {
  const hit = cache.get(model);
  if (hit !== undefined) return hit;
  const validation = validateModel(model);
  if (!validation.ok) throw new Error(`invalid model:\n${formatDiagnostics(validation.diagnostics)}`);
  const compiled = build(model);
  cache.set(model, compiled);
  return compiled;
}

function build(model: Model): CompiledModel {
  const endogenous = model.factors.filter((f) => !f.exogenous);
  const exogenous = [...model.factors.filter((f) => f.exogenous), ...model.inputs];
  const slots = new Map<string, VariableSlot>();
  endogenous.forEach((f, i) => slots.set(f.id, { kind: 'state', index: i }));
  exogenous.forEach((x, i) => slots.set(x.id, { kind: 'exogenous', index: i }));
  const exogenousDefaults = Float64Array.from(exogenous.map((x) => ('default' in x ? x.default : x.initial)));
  const slot = (id: string): VariableSlot => {
    const s = slots.get(id);
    if (s === undefined) throw new Error(`internal: no slot for ${id}`);
    return s;
  };

  const nL = model.links.length;
  const nFactors = endogenous.length;
  const delayed = model.links.flatMap((l, i) => (l.delay !== undefined && l.signal !== 'rise' ? [i] : []));
  const rising = model.links.flatMap((l, i) => (l.signal === 'rise' ? [i] : []));
  const linkTo = new Int32Array(nL);
  const linkSign = new Float64Array(nL);
  const linkSrcKind = new Int32Array(nL);
  const linkSrcIndex = new Int32Array(nL);
  const linkAux = new Int32Array(nL).fill(-1);
  const linkAuxExogenous = new Int32Array(nL);
  const modStart = new Int32Array(nL);
  const modEnd = new Int32Array(nL);
  const mods = model.links.flatMap((l) => l.moderators ?? []);
  const modKind = new Int32Array(mods.length);
  const modExogenous = new Int32Array(mods.length);
  const modIndex = new Int32Array(mods.length);
  const modA = new Float64Array(mods.length);
  const modN = new Float64Array(mods.length);

  let m = 0;
  model.links.forEach((link, l) => {
    linkTo[l] = slot(link.to).index;
    linkSign[l] = link.polarity === 'positive' ? 1 : -1;
    const src = slot(link.from);
    const delayPos = delayed.indexOf(l);
    const risePos = rising.indexOf(l);
    if (risePos >= 0) {
      linkSrcKind[l] = SourceKind.Rise;
      linkSrcIndex[l] = src.index;
      linkAux[l] = nFactors + delayed.length + risePos;
      linkAuxExogenous[l] = src.kind === 'exogenous' ? 1 : 0;
    } else if (delayPos >= 0) {
      linkSrcKind[l] = SourceKind.Delayed;
      linkSrcIndex[l] = nFactors + delayPos;
      linkAux[l] = src.index;
      linkAuxExogenous[l] = src.kind === 'exogenous' ? 1 : 0;
    } else {
      linkSrcKind[l] = src.kind === 'state' ? SourceKind.State : SourceKind.Exogenous;
      linkSrcIndex[l] = src.index;
    }
    modStart[l] = m;
    for (const mod of link.moderators ?? []) {
      const by = slot(mod.by);
      modExogenous[m] = by.kind === 'exogenous' ? 1 : 0;
      modIndex[m] = by.index;
      if (mod.effect === 'gate') {
        modKind[m] = ModeratorKind.Gate;
        modA[m] = mod.threshold;
        modN[m] = mod.steepness;
      } else {
        modKind[m] = mod.effect === 'amplify' ? ModeratorKind.Amplify : ModeratorKind.Dampen;
        modA[m] = mod.strength;
      }
      m++;
    }
    modEnd[l] = m;
  });

  return {
    model,
    stateIds: endogenous.map((f) => f.id),
    exogenousIds: exogenous.map((x) => x.id),
    slots,
    exogenousDefaults,
    nFactors,
    nState: nFactors + delayed.length + rising.length,
    linkIndex: new Map(model.links.map((l, i) => [l.id, i])),
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
    delayLink: Int32Array.from(delayed),
    riseLink: Int32Array.from(rising),
  };
}
