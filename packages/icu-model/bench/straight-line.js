// The ICU model's equations written out by hand: the baseline `pnpm bench` measures `simulate` against.
//
// `createStraightLine(model)` reads every number it needs from the model once (rates, erosion,
// half-saturation, steepness, link weights, moderator thresholds and strengths, delay and rise times,
// input defaults, initial levels, and the global parameters' effects, folded in as
// packages/core/src/compile/run-plan.ts does) and checks that the model still has the structure the
// code below is written for. The returned `rk4` and `euler` copy those numbers into local constants and
// then integrate with plain local variables: no arrays but the output, no objects, no allocation, no
// name look-ups, nothing parsed inside the step loop. The state order is the engine's: the 12
// endogenous factors in model order, then the delay state of the delayed link, then the reference
// state of the `rise` link. packages/icu-model/src/straight-line-agreement.test.ts checks that both
// methods reproduce `simulate` to 1e-12.

/** Endogenous factors in state-vector order, with the local names the equations use. */
const STATE_IDS = [
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

/** Steepness n each factor's pressure response is written for (`d * d` or `d * d * d` below). */
const STEEPNESS = [2, 3, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3];

/**
 * The links the equations below contain, in model order: `[id, from, to, signal, moderators]`, where
 * moderators is a list of `effect:by:steepness` (steepness only for gates). A change to this structure
 * makes {@link createStraightLine} throw: rewrite the equations, then this table.
 */
const LINKS = [
  ['externalContext-providerCircumstances', 'externalContext', 'providerCircumstances', 'level', []],
  [
    'externalContext-pioneerMotivation',
    'externalContext',
    'pioneerMotivation',
    'level',
    ['dampen:networkObligation'],
  ],
  [
    'providerCircumstances-pioneerMotivation',
    'providerCircumstances',
    'pioneerMotivation',
    'level',
    ['dampen:networkObligation'],
  ],
  ['externalContext-localImplementation', 'externalContext', 'localImplementation', 'level', []],
  ['providerCircumstances-localImplementation', 'providerCircumstances', 'localImplementation', 'level', []],
  ['localImplementation-providerCircumstances', 'localImplementation', 'providerCircumstances', 'level', []],
  [
    'pioneerMotivation-supportForCollaboration',
    'pioneerMotivation',
    'supportForCollaboration',
    'level',
    [],
  ],
  [
    'supportForCollaboration-gettingToKnowEachOther',
    'supportForCollaboration',
    'gettingToKnowEachOther',
    'level',
    [],
  ],
  ['pioneerMotivation-gettingToKnowEachOther', 'pioneerMotivation', 'gettingToKnowEachOther', 'level', []],
  ['pioneerMotivation-seekingEachOtherOut', 'pioneerMotivation', 'seekingEachOtherOut', 'level', []],
  [
    'gettingToKnowEachOther-seekingEachOtherOut',
    'gettingToKnowEachOther',
    'seekingEachOtherOut',
    'level',
    [],
  ],
  ['seekingEachOtherOut-trust', 'seekingEachOtherOut', 'trust', 'level', []],
  ['gettingToKnowEachOther-trust', 'gettingToKnowEachOther', 'trust', 'level', []],
  ['trust-pioneerMotivation', 'trust', 'pioneerMotivation', 'level', []],
  ['trust-supportForCollaboration', 'trust', 'supportForCollaboration', 'level', []],
  [
    'supportForCollaboration-pioneerMotivation',
    'supportForCollaboration',
    'pioneerMotivation',
    'level',
    [],
  ],
  [
    'seekingEachOtherOut-collectiveIntelligence',
    'seekingEachOtherOut',
    'collectiveIntelligence',
    'level',
    ['gate:trust:2', 'gate:supportForCollaboration:2'],
  ],
  ['commonGround-collectiveIntelligence', 'commonGround', 'collectiveIntelligence', 'level', []],
  [
    'collectiveIntelligence-operationalisingCollaboration',
    'collectiveIntelligence',
    'operationalisingCollaboration',
    'level',
    [],
  ],
  [
    'collectiveIntelligence-experiencedAddedValue',
    'collectiveIntelligence',
    'experiencedAddedValue',
    'level',
    [],
  ],
  ['experiencedAddedValue-commonGround', 'experiencedAddedValue', 'commonGround', 'level', []],
  [
    'experiencedAddedValue-operationalisingCollaboration',
    'experiencedAddedValue',
    'operationalisingCollaboration',
    'level',
    [],
  ],
  [
    'commonGround-operationalisingCollaboration',
    'commonGround',
    'operationalisingCollaboration',
    'level',
    [],
  ],
  [
    'pioneerMotivation-operationalisingCollaboration',
    'pioneerMotivation',
    'operationalisingCollaboration',
    'level',
    [],
  ],
  [
    'operationalisingCollaboration-localImplementation',
    'operationalisingCollaboration',
    'localImplementation',
    'level',
    ['gate:collectiveIntelligence:2'],
  ],
  [
    'operationalisingCollaboration-pioneerMotivation',
    'operationalisingCollaboration',
    'pioneerMotivation',
    'level',
    ['gate:collectiveIntelligence:2'],
  ],
  ['localImplementation-pioneerMotivation', 'localImplementation', 'pioneerMotivation', 'level', []],
  ['localImplementation-optimalPatientCare', 'localImplementation', 'optimalPatientCare', 'delay', []],
  [
    'optimalPatientCare-experiencedAddedValue',
    'optimalPatientCare',
    'experiencedAddedValue',
    'level',
    [],
  ],
  [
    'optimalPatientCare-collectiveIntelligence',
    'optimalPatientCare',
    'collectiveIntelligence',
    'level',
    [],
  ],
  ['networkObligation-seekingEachOtherOut', 'networkObligation', 'seekingEachOtherOut', 'level', []],
  ['networkObligation-seekingEachOtherOut-change', 'networkObligation', 'seekingEachOtherOut', 'rise', []],
  ['networkObligation-gettingToKnowEachOther', 'networkObligation', 'gettingToKnowEachOther', 'level', []],
  [
    'seekingEachOtherOut-operationalisingCollaboration',
    'seekingEachOtherOut',
    'operationalisingCollaboration',
    'level',
    ['gate:networkObligation:2'],
  ],
  [
    'seekingEachOtherOut-supportForCollaboration',
    'seekingEachOtherOut',
    'supportForCollaboration',
    'level',
    [],
  ],
];

/** Number of values per saved row: 12 factors, the delay state, the rise reference. */
const N_STATE = 14;

/**
 * Reads the numbers of a model with the ICU model's structure (see {@link LINKS}) and returns
 * hand-written RK4 and Euler integrators of it. Throws when the model's structure differs from the one
 * the equations are written for.
 *
 * @param {import('@samenspel/core').Model} model - the ICU network model (`icuNetworkModel`)
 * @returns {import('./straight-line.js').StraightLine} the integrators
 */
export function createStraightLine(model) {
  const k = readConstants(model);
  return {
    stateIds: [...STATE_IDS, 'delay:localImplementation-optimalPatientCare', 'rise:networkObligation-seekingEachOtherOut-change'],
    nState: N_STATE,
    rk4: (out, dt, steps) => rk4(k, out, dt, steps),
    euler: (out, dt, steps) => euler(k, out, dt, steps),
  };
}

/**
 * The model's numbers as one flat object with fixed fields, after the global parameters' effects.
 *
 * @param {import('@samenspel/core').Model} model - the model
 */
function readConstants(model) {
  const fail = (what) => {
    throw new Error(`straight-line ICU equations are out of date: ${what}; update packages/icu-model/bench/straight-line.js`);
  };
  const endogenous = model.factors.filter((f) => !f.exogenous);
  if (endogenous.map((f) => f.id).join() !== STATE_IDS.join()) fail('the endogenous factors changed');
  const exogenousIds = [...model.factors.filter((f) => f.exogenous), ...model.inputs].map((x) => x.id);
  if (exogenousIds.join() !== 'externalContext,networkObligation') fail('the inputs changed');
  if (model.links.length !== LINKS.length) fail('the number of links changed');
  model.links.forEach((link, l) => {
    const [id, from, to, signal, mods] = LINKS[l];
    const kind = link.signal === 'rise' ? 'rise' : link.delay !== undefined ? 'delay' : 'level';
    const modKeys = (link.moderators ?? []).map((m) =>
      m.effect === 'gate' ? `gate:${m.by}:${m.steepness}` : `${m.effect}:${m.by}`,
    );
    if (
      link.id !== id ||
      link.from !== from ||
      link.to !== to ||
      link.polarity !== 'positive' ||
      kind !== signal ||
      modKeys.join() !== mods.join()
    )
      fail(`link ${l} (${link.id}) changed`);
  });
  endogenous.forEach((f, i) => {
    if (f.steepness !== STEEPNESS[i]) fail(`steepness of ${f.id} is ${f.steepness}, not ${STEEPNESS[i]}`);
  });

  // Effective numbers, as planRun computes them: base values, then every global parameter's effects.
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
  const kPow = endogenous.map((f) => Math.pow(f.halfSaturation, f.steepness));
  const mod = (l, j) => /** @type {any} */ (model.links[l].moderators[j]);
  const gatePow = (l, j) => Math.pow(mod(l, j).threshold, mod(l, j).steepness);
  const init = endogenous.map((f) => f.initial);
  const externalContext = model.factors.find((f) => f.id === 'externalContext');
  const riseLink = model.links[31];

  return {
    rPc: rate[0], rLi: rate[1], rPm: rate[2], rSc: rate[3], rGk: rate[4], rSe: rate[5],
    rTr: rate[6], rCi: rate[7], rAv: rate[8], rCg: rate[9], rOc: rate[10], rPa: rate[11],
    ePc: Math.max(0, erosion[0]), eLi: Math.max(0, erosion[1]), ePm: Math.max(0, erosion[2]),
    eSc: Math.max(0, erosion[3]), eGk: Math.max(0, erosion[4]), eSe: Math.max(0, erosion[5]),
    eTr: Math.max(0, erosion[6]), eCi: Math.max(0, erosion[7]), eAv: Math.max(0, erosion[8]),
    eCg: Math.max(0, erosion[9]), eOc: Math.max(0, erosion[10]), ePa: Math.max(0, erosion[11]),
    iPc: inflow[0], iLi: inflow[1], iPm: inflow[2], iSc: inflow[3], iGk: inflow[4], iSe: inflow[5],
    iTr: inflow[6], iCi: inflow[7], iAv: inflow[8], iCg: inflow[9], iOc: inflow[10], iPa: inflow[11],
    kPc: kPow[0], kLi: kPow[1], kPm: kPow[2], kSc: kPow[3], kGk: kPow[4], kSe: kPow[5],
    kTr: kPow[6], kCi: kPow[7], kAv: kPow[8], kCg: kPow[9], kOc: kPow[10], kPa: kPow[11],
    w0: weight[0], w1: weight[1], w2: weight[2], w3: weight[3], w4: weight[4], w5: weight[5],
    w6: weight[6], w7: weight[7], w8: weight[8], w9: weight[9], w10: weight[10], w11: weight[11],
    w12: weight[12], w13: weight[13], w14: weight[14], w15: weight[15], w16: weight[16],
    w17: weight[17], w18: weight[18], w19: weight[19], w20: weight[20], w21: weight[21],
    w22: weight[22], w23: weight[23], w24: weight[24], w25: weight[25], w26: weight[26],
    w27: weight[27], w28: weight[28], w29: weight[29], w30: weight[30], w31: weight[31],
    w32: weight[32], w33: weight[33], w34: weight[34],
    a1: mod(1, 0).strength, a2: mod(2, 0).strength,
    g16a: gatePow(16, 0), g16b: gatePow(16, 1), g24: gatePow(24, 0), g25: gatePow(25, 0), g33: gatePow(33, 0),
    delay: model.links[27].delay,
    riseTime: riseLink.riseTime ?? 1,
    ec: externalContext.initial,
    no: model.inputs[0].default,
    x0: init,
    riseFrom: riseLink.riseFrom ?? model.inputs[0].default,
  };
}
