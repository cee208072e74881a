// The numbers and the structure of the ICU model as the straight-line integrators (./straight-line.js)
// need them: read from the model once, before any run, after checking that the model still has the
// structure those integrators are written for.

/** Endogenous factors in state-vector order, with the local names ./straight-line.js gives them. */
export const STATE_IDS = [
  'providerCircumstances', // pc
  'localImplementation', // li
  'pioneerMotivation', // pm
  'supportForCollaboration', // sc
  'gettingToKnowEachOther', // gk
  'seekingEachOtherOut', // se
  'trust', // tr
  'collectiveIntelligence', // ci
  'experiencedAddedValue', // av
  'commonGround', // cg
  'operationalisingCollaboration', // oc
  'optimalPatientCare', // pa
];

/** Steepness n of each factor's pressure response, as ./straight-line.js writes it (d² or d³). */
const STEEPNESS = [2, 3, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3];

/**
 * The links the equations in ./straight-line.js are written for, in model order, as `from>to`, then
 * ` delay` or ` rise` for a delayed or rise signal, then the moderators as `[effect:by]` (gates also
 * `:steepness`). All links are positive. A change to this structure makes {@link readConstants} throw:
 * rewrite the equations in `rk4` and `euler` of ./straight-line.js, then this list.
 */
const LINKS = [
  'externalContext>providerCircumstances',
  'externalContext>pioneerMotivation [dampen:networkObligation]',
  'providerCircumstances>pioneerMotivation [dampen:networkObligation]',
  'externalContext>localImplementation',
  'providerCircumstances>localImplementation',
  'localImplementation>providerCircumstances',
  'pioneerMotivation>supportForCollaboration',
  'supportForCollaboration>gettingToKnowEachOther',
  'pioneerMotivation>gettingToKnowEachOther',
  'pioneerMotivation>seekingEachOtherOut',
  'gettingToKnowEachOther>seekingEachOtherOut',
  'seekingEachOtherOut>trust',
  'gettingToKnowEachOther>trust',
  'trust>pioneerMotivation',
  'trust>supportForCollaboration',
  'supportForCollaboration>pioneerMotivation',
  'seekingEachOtherOut>collectiveIntelligence [gate:trust:2,gate:supportForCollaboration:2]',
  'commonGround>collectiveIntelligence',
  'collectiveIntelligence>operationalisingCollaboration',
  'collectiveIntelligence>experiencedAddedValue',
  'experiencedAddedValue>commonGround',
  'experiencedAddedValue>operationalisingCollaboration',
  'commonGround>operationalisingCollaboration',
  'pioneerMotivation>operationalisingCollaboration',
  'operationalisingCollaboration>localImplementation [gate:collectiveIntelligence:2]',
  'operationalisingCollaboration>pioneerMotivation [gate:collectiveIntelligence:2]',
  'localImplementation>pioneerMotivation',
  'localImplementation>optimalPatientCare delay',
  'optimalPatientCare>experiencedAddedValue',
  'optimalPatientCare>collectiveIntelligence',
  'networkObligation>seekingEachOtherOut',
  'networkObligation>seekingEachOtherOut rise',
  'networkObligation>gettingToKnowEachOther',
  'seekingEachOtherOut>operationalisingCollaboration [gate:networkObligation:2]',
  'seekingEachOtherOut>supportForCollaboration',
];

/** Number of values per saved row: 12 factors, the delay state, the rise reference. */
export const N_STATE = 14;

/**
 * The model's numbers after the global parameters' effects, as planRun computes them: per factor (state
 * order) its rate, erosion, inflow, K^n and initial level; per link (model order) its weight, split
 * into links 0–17 and 18–34; the moderators' strengths and θ^n; the delay and rise times; the inputs'
 * defaults.
 *
 * @param {import('@samenspel/core').Model} model - the model
 */
export function readConstants(model) {
  checkStructure(model);
  const endogenous = model.factors.filter((f) => !f.exogenous);
  const rate = endogenous.map((f) => f.growthRate);
  const erosion = endogenous.map((f) => f.erosion);
  const inflow = endogenous.map(() => 0);
  const weight = model.links.map((link) => link.weight);
  for (const p of model.parameters) {
    for (const e of p.effects) {
      if (e.target === 'weight') {
        const l = model.links.findIndex((link) => link.id === e.link);
        weight[l] = weight[l] * Math.max(0, 1 + p.value * e.size);
      } else {
        const i = STATE_IDS.indexOf(e.factor);
        if (e.target === 'growthRate') rate[i] = rate[i] * Math.max(0, 1 + p.value * e.size);
        else if (e.target === 'erosion') erosion[i] = erosion[i] + p.value * e.size;
        else inflow[i] = inflow[i] + p.value * e.size;
      }
    }
  }
  // Weights, signals and moderations are >= 0, so with no negative inflow every drive is >= 0 and the
  // engine's guard `d > 0 ? d^n : 0` is not needed in ./straight-line.js.
  if (inflow.some((x) => x < 0)) throw new Error('straight-line ICU equations assume no negative inflow');
  /** @type {(l: number, j: number) => any} */
  const mod = (l, j) => model.links[l].moderators[j];
  const gatePow = (l, j) => Math.pow(mod(l, j).threshold, mod(l, j).steepness);
  const networkObligation = model.inputs[0].default;
  const riseLink = model.links[31];
  return {
    rate,
    erosion: erosion.map((e) => Math.max(0, e)),
    inflow,
    kPow: endogenous.map((f) => Math.pow(f.halfSaturation, f.steepness)),
    x0: endogenous.map((f) => f.initial),
    weightHead: weight.slice(0, 18),
    weightTail: weight.slice(18),
    moderators: [mod(1, 0).strength, mod(2, 0).strength, gatePow(16, 0), gatePow(16, 1)],
    gates: [gatePow(24, 0), gatePow(25, 0), gatePow(33, 0)],
    delay: model.links[27].delay ?? 1,
    riseTime: riseLink.riseTime ?? 1,
    riseFrom: riseLink.riseFrom ?? networkObligation,
    externalContext: model.factors.filter((f) => f.exogenous)[0].initial,
    networkObligation,
  };
}

/**
 * Throws unless the model has exactly the factors, inputs, links, moderators and steepnesses the
 * equations in `rk4` and `euler` are written for.
 *
 * @param {import('@samenspel/core').Model} model - the model
 */
function checkStructure(model) {
  /** @type {(what: string) => never} */
  const fail = (what) => {
    throw new Error(
      `straight-line ICU equations are out of date: ${what}; ` +
        'update packages/icu-model/bench/straight-line.js and straight-line-model.js',
    );
  };
  const endogenous = model.factors.filter((f) => !f.exogenous);
  if (endogenous.map((f) => f.id).join() !== STATE_IDS.join()) fail('the endogenous factors changed');
  const exogenousIds = [...model.factors.filter((f) => f.exogenous), ...model.inputs].map((x) => x.id);
  if (exogenousIds.join() !== 'externalContext,networkObligation') fail('the inputs changed');
  const links = model.links.map((link) => {
    const kind = link.signal === 'rise' ? ' rise' : link.delay !== undefined ? ' delay' : '';
    const mods = (link.moderators ?? []).map((m) =>
      m.effect === 'gate' ? `gate:${m.by}:${m.steepness}` : `${m.effect}:${m.by}`,
    );
    const polarity = link.polarity === 'positive' ? '' : ' negative';
    return `${link.from}>${link.to}${polarity}${kind}${mods.length > 0 ? ` [${mods.join()}]` : ''}`;
  });
  links.forEach((link, l) => {
    if (link !== LINKS[l]) fail(`link ${l} is ${link}, not ${LINKS[l] ?? 'absent'}`);
  });
  if (links.length !== LINKS.length) fail(`${LINKS.length} links expected, ${links.length} found`);
  endogenous.forEach((f, i) => {
    if (f.steepness !== STEEPNESS[i]) fail(`steepness of ${f.id} is ${f.steepness}, not ${STEEPNESS[i]}`);
  });
}
