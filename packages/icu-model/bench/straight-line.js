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
 * The links the equations below are written for, in model order, as `from>to`, then ` delay` or ` rise`
 * for a delayed or rise signal, then the moderators as `[effect:by]` (gates also `:steepness`). All
 * links are positive. A change to this structure makes {@link createStraightLine} throw: rewrite the
 * equations in `run`, then this list.
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
    stateIds: [
      ...STATE_IDS,
      'delay:localImplementation-optimalPatientCare',
      'rise:networkObligation-seekingEachOtherOut-change',
    ],
    nState: N_STATE,
    rk4: (out, dt, steps) => run(k, out, dt, steps, 4),
    euler: (out, dt, steps) => run(k, out, dt, steps, 1),
  };
}

/**
 * The model's numbers after the global parameters' effects, as planRun computes them: per factor (state
 * order) its rate, erosion, inflow, K^n and initial level; per link (model order) its weight; the
 * moderators' strengths and θ^n; the delay and rise times; the inputs' defaults.
 *
 * @param {import('@samenspel/core').Model} model - the model
 */
function readConstants(model) {
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
    weight,
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
 * equations in `run` are written for.
 *
 * @param {import('@samenspel/core').Model} model - the model
 */
function checkStructure(model) {
  /** @type {(what: string) => never} */
  const fail = (what) => {
    throw new Error(
      `straight-line ICU equations are out of date: ${what}; update packages/icu-model/bench/straight-line.js`,
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

/**
 * Integrates the ICU model with RK4 (`stages` 4) or Euler (`stages` 1) from the default state for
 * `steps` steps of `dt` months and writes the state after every step into `out`, one row of 14 per
 * saved time. Same arithmetic, in the same order, as the engine's evaluator, rk4Step and eulerStep.
 *
 * @param {ReturnType<typeof readConstants>} k - the model's numbers
 * @param {Float64Array} out - receives (steps + 1) rows of 14 values
 * @param {number} dt - time step (months)
 * @param {number} steps - number of steps
 * @param {1 | 4} stages - 1 for Euler, 4 for RK4
 */
function run(k, out, dt, steps, stages) {
  if (out.length < (steps + 1) * N_STATE) throw new RangeError('out is too short');
  const [rPc, rLi, rPm, rSc, rGk, rSe, rTr, rCi, rAv, rCg, rOc, rPa] = k.rate;
  const [ePc, eLi, ePm, eSc, eGk, eSe, eTr, eCi, eAv, eCg, eOc, ePa] = k.erosion;
  const [iPc, iLi, iPm, iSc, iGk, iSe, iTr, iCi, iAv, iCg, iOc, iPa] = k.inflow;
  const [kPc, kLi, kPm, kSc, kGk, kSe, kTr, kCi, kAv, kCg, kOc, kPa] = k.kPow;
  const [w0, w1, w2, w3, w4, w5, w6, w7, w8, w9, w10, w11, w12, w13, w14, w15, w16, w17] = k.weight;
  const [, , , , , , , , , , , , , , , , , , w18, w19, w20, w21, w22, w23, w24, w25, w26] = k.weight;
  const [w27, w28, w29, w30, w31, w32, w33, w34] = k.weight.slice(27);
  const [a1, a2, g16a, g16b] = k.moderators;
  const [g24, g25, g33] = k.gates;
  const { delay, riseTime, externalContext: ec, networkObligation: no } = k;
  const h = dt / 2;
  // RK4: y + (dt/6)(k1 + 2 k2 + 2 k3 + k4); Euler: y + dt k1.
  const w = stages === 4 ? dt / 6 : dt;

  let pc = k.x0[0],
    li = k.x0[1],
    pm = k.x0[2],
    sc = k.x0[3],
    gk = k.x0[4],
    se = k.x0[5];
  let tr = k.x0[6],
    ci = k.x0[7],
    av = k.x0[8],
    cg = k.x0[9],
    oc = k.x0[10],
    pa = k.x0[11];
  let dl = li;
  let rr = k.riseFrom;
  out[0] = pc;
  out[1] = li;
  out[2] = pm;
  out[3] = sc;
  out[4] = gk;
  out[5] = se;
  out[6] = tr;
  out[7] = ci;
  out[8] = av;
  out[9] = cg;
  out[10] = oc;
  out[11] = pa;
  out[12] = dl;
  out[13] = rr;

  for (let s = 0, o = N_STATE; s < steps; s++, o += N_STATE) {
    // Stage input z (y, then y + h k1, y + h k2, y + dt k3) and the weighted sum a of the stage slopes.
    let zPc = pc,
      zLi = li,
      zPm = pm,
      zSc = sc,
      zGk = gk,
      zSe = se,
      zTr = tr;
    let zCi = ci,
      zAv = av,
      zCg = cg,
      zOc = oc,
      zPa = pa,
      zDl = dl,
      zRr = rr;
    let aPc = 0,
      aLi = 0,
      aPm = 0,
      aSc = 0,
      aGk = 0,
      aSe = 0,
      aTr = 0;
    let aCi = 0,
      aAv = 0,
      aCg = 0,
      aOc = 0,
      aPa = 0,
      aDl = 0,
      aRr = 0;
    for (let st = 0; st < stages; st++) {
      const xPc = lvl(zPc),
        xLi = lvl(zLi),
        xPm = lvl(zPm),
        xSc = lvl(zSc),
        xGk = lvl(zGk);
      const xSe = lvl(zSe),
        xTr = lvl(zTr),
        xCi = lvl(zCi),
        xAv = lvl(zAv),
        xCg = lvl(zCg);
      const xOc = lvl(zOc),
        xPa = lvl(zPa),
        xDl = lvl(zDl);

      // Moderators: dampen max(0, 1 - a v), gate v^2 / (theta^2 + v^2).
      const d1 = 1 - a1 * no;
      const m1 = d1 > 0 ? d1 : 0;
      const d2 = 1 - a2 * no;
      const m2 = d2 > 0 ? d2 : 0;
      const vTr = xTr * xTr,
        vSc = xSc * xSc,
        vCi = xCi * xCi,
        vNo = no * no;
      const m16 = (vTr / (g16a + vTr)) * (vSc / (g16b + vSc));
      const m24 = vCi / (g24 + vCi);
      const m25 = vCi / (g25 + vCi);
      const m33 = vNo / (g33 + vNo);
      const rise = no - zRr;
      const sRise = rise > 0 ? rise : 0;

      // Drive of each factor: inflow plus its links' weight x moderation x signal, in model order.
      const dPc = iPc + w0 * ec + w5 * xLi;
      const dLi = iLi + w3 * ec + w4 * xPc + w24 * m24 * xOc;
      const dPm = iPm + w1 * m1 * ec + w2 * m2 * xPc + w13 * xTr + w15 * xSc + w25 * m25 * xOc + w26 * xLi;
      const dSc = iSc + w6 * xPm + w14 * xTr + w34 * xSe;
      const dGk = iGk + w7 * xSc + w8 * xPm + w32 * no;
      const dSe = iSe + w9 * xPm + w10 * xGk + w30 * no + w31 * sRise;
      const dTr = iTr + w11 * xSe + w12 * xGk;
      const dCi = iCi + w16 * m16 * xSe + w17 * xCg + w29 * xPa;
      const dAv = iAv + w19 * xCi + w28 * xPa;
      const dCg = iCg + w20 * xAv;
      const dOc = iOc + w18 * xCi + w21 * xAv + w22 * xCg + w23 * xPm + w33 * m33 * xSe;
      const dPa = iPa + w27 * xDl;

      // dx/dt = r P(D) (1 - x) - e x with P(D) = D^n / (K^n + D^n).
      const pPc = dPc * dPc,
        pLi = dLi * dLi * dLi,
        pPm = dPm * dPm,
        pSc = dSc * dSc * dSc;
      const pGk = dGk * dGk * dGk,
        pSe = dSe * dSe * dSe,
        pTr = dTr * dTr * dTr,
        pCi = dCi * dCi * dCi;
      const pAv = dAv * dAv * dAv,
        pCg = dCg * dCg * dCg,
        pOc = dOc * dOc * dOc,
        pPa = dPa * dPa * dPa;
      const fPc = rPc * (pPc / (kPc + pPc)) * (1 - xPc) - ePc * xPc;
      const fLi = rLi * (pLi / (kLi + pLi)) * (1 - xLi) - eLi * xLi;
      const fPm = rPm * (pPm / (kPm + pPm)) * (1 - xPm) - ePm * xPm;
      const fSc = rSc * (pSc / (kSc + pSc)) * (1 - xSc) - eSc * xSc;
      const fGk = rGk * (pGk / (kGk + pGk)) * (1 - xGk) - eGk * xGk;
      const fSe = rSe * (pSe / (kSe + pSe)) * (1 - xSe) - eSe * xSe;
      const fTr = rTr * (pTr / (kTr + pTr)) * (1 - xTr) - eTr * xTr;
      const fCi = rCi * (pCi / (kCi + pCi)) * (1 - xCi) - eCi * xCi;
      const fAv = rAv * (pAv / (kAv + pAv)) * (1 - xAv) - eAv * xAv;
      const fCg = rCg * (pCg / (kCg + pCg)) * (1 - xCg) - eCg * xCg;
      const fOc = rOc * (pOc / (kOc + pOc)) * (1 - xOc) - eOc * xOc;
      const fPa = rPa * (pPa / (kPa + pPa)) * (1 - xPa) - ePa * xPa;
      // Delay state follows localImplementation; the rise reference follows networkObligation.
      const fDl = (xLi - zDl) / delay;
      const fRr = (no - zRr) / riseTime;

      const c = st === 0 || st === 3 ? 1 : 2;
      aPc += c * fPc;
      aLi += c * fLi;
      aPm += c * fPm;
      aSc += c * fSc;
      aGk += c * fGk;
      aSe += c * fSe;
      aTr += c * fTr;
      aCi += c * fCi;
      aAv += c * fAv;
      aCg += c * fCg;
      aOc += c * fOc;
      aPa += c * fPa;
      aDl += c * fDl;
      aRr += c * fRr;
      if (st + 1 < stages) {
        const q = st < 2 ? h : dt;
        zPc = pc + q * fPc;
        zLi = li + q * fLi;
        zPm = pm + q * fPm;
        zSc = sc + q * fSc;
        zGk = gk + q * fGk;
        zSe = se + q * fSe;
        zTr = tr + q * fTr;
        zCi = ci + q * fCi;
        zAv = av + q * fAv;
        zCg = cg + q * fCg;
        zOc = oc + q * fOc;
        zPa = pa + q * fPa;
        zDl = dl + q * fDl;
        zRr = rr + q * fRr;
      }
    }
    pc = lvl(pc + w * aPc);
    li = lvl(li + w * aLi);
    pm = lvl(pm + w * aPm);
    sc = lvl(sc + w * aSc);
    gk = lvl(gk + w * aGk);
    se = lvl(se + w * aSe);
    tr = lvl(tr + w * aTr);
    ci = lvl(ci + w * aCi);
    av = lvl(av + w * aAv);
    cg = lvl(cg + w * aCg);
    oc = lvl(oc + w * aOc);
    pa = lvl(pa + w * aPa);
    dl = lvl(dl + w * aDl);
    rr = lvl(rr + w * aRr);
    out[o] = pc;
    out[o + 1] = li;
    out[o + 2] = pm;
    out[o + 3] = sc;
    out[o + 4] = gk;
    out[o + 5] = se;
    out[o + 6] = tr;
    out[o + 7] = ci;
    out[o + 8] = av;
    out[o + 9] = cg;
    out[o + 10] = oc;
    out[o + 11] = pa;
    out[o + 12] = dl;
    out[o + 13] = rr;
  }
}

/**
 * A level clamped to [0, 1], as the engine reads every state.
 *
 * @param {number} x - a state value
 */
function lvl(x) {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
