// The ICU model's equations written out by hand: the baseline `pnpm bench` measures `simulate` against.
//
// `createStraightLine(model)` reads every number it needs from the model once (rates, erosion,
// half-saturation, steepness, link weights, moderator thresholds and strengths, delay and rise times,
// input defaults, initial levels, and the global parameters' effects, folded in as
// packages/core/src/compile/run-plan.ts does; see ./straight-line-model.js, which also checks that the
// model still has the structure the code below is written for). The returned `rk4` and `euler` copy
// those numbers into local constants and then integrate with plain local variables: no arrays but the
// output, no objects, no allocation, no name look-ups, nothing parsed inside the step loop. The state
// order is the engine's: the 12 endogenous factors in model order, then the delay state of the delayed
// link, then the reference state of the `rise` link. packages/icu-model/src/straight-line-agreement.test.ts
// checks that both methods reproduce `simulate` to 1e-12.

import { N_STATE, STATE_IDS, readConstants } from './straight-line-model.js';

/**
 * Reads the numbers of a model with the ICU model's structure (see LINKS in ./straight-line-model.js)
 * and returns hand-written RK4 and Euler integrators of it. Throws when the model's structure differs
 * from the one the equations are written for.
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
    rk4: (out, dt, steps) => rk4(k, out, dt, steps),
    euler: (out, dt, steps) => euler(k, out, dt, steps),
  };
}

/**
 * Integrates the ICU model with classical RK4 from the default state for `steps` steps of `dt` months
 * and writes the state after every step into `out`, one row of 14 per saved time. Same arithmetic, in
 * the same order, as the engine's evaluator and rk4Step. Laid out by hand (prettier-ignore): one line
 * per factor or per group of like statements.
 *
 * @param {ReturnType<typeof readConstants>} k - the model's numbers
 * @param {Float64Array} out - receives (steps + 1) rows of 14 values
 * @param {number} dt - time step (months)
 * @param {number} steps - number of steps
 */
// prettier-ignore
function rk4(k, out, dt, steps) {
  if (out.length < (steps + 1) * N_STATE) throw new RangeError('out is too short');
  // Every number into a local constant, once per run.
  const [rPc, rLi, rPm, rSc, rGk, rSe, rTr, rCi, rAv, rCg, rOc, rPa] = k.rate;
  const [ePc, eLi, ePm, eSc, eGk, eSe, eTr, eCi, eAv, eCg, eOc, ePa] = k.erosion;
  const [iPc, iLi, iPm, iSc, iGk, iSe, iTr, iCi, iAv, iCg, iOc, iPa] = k.inflow;
  const [kPc, kLi, kPm, kSc, kGk, kSe, kTr, kCi, kAv, kCg, kOc, kPa] = k.kPow;
  const [w0, w1, w2, w3, w4, w5, w6, w7, w8, w9, w10, w11, w12, w13, w14, w15, w16, w17] = k.weightHead;
  const [w18, w19, w20, w21, w22, w23, w24, w25, w26, w27, w28, w29, w30, w31, w32, w33, w34] = k.weightTail;
  const [a1, a2, g16a, g16b] = k.moderators;
  const [g24, g25, g33] = k.gates;
  const { delay, riseTime, externalContext: ec, networkObligation: no } = k;
  const h = dt / 2;
  const w = dt / 6;

  // The state: 12 factors, the delay state (starts at localImplementation), the rise reference.
  let [pc, li, pm, sc, gk, se, tr, ci, av, cg, oc, pa] = k.x0;
  let dl = li;
  let rr = k.riseFrom;
  out[0] = pc; out[1] = li; out[2] = pm; out[3] = sc; out[4] = gk; out[5] = se; out[6] = tr;
  out[7] = ci; out[8] = av; out[9] = cg; out[10] = oc; out[11] = pa; out[12] = dl; out[13] = rr;

  for (let s = 0, o = N_STATE; s < steps; s++, o += N_STATE) {
    // Stage input z (y, then y + h k1, y + h k2, y + dt k3) and the weighted sum a of the stage slopes.
    let zPc = pc, zLi = li, zPm = pm, zSc = sc, zGk = gk, zSe = se, zTr = tr;
    let zCi = ci, zAv = av, zCg = cg, zOc = oc, zPa = pa, zDl = dl, zRr = rr;
    let aPc = 0, aLi = 0, aPm = 0, aSc = 0, aGk = 0, aSe = 0, aTr = 0;
    let aCi = 0, aAv = 0, aCg = 0, aOc = 0, aPa = 0, aDl = 0, aRr = 0;
    for (let st = 0; st < 4; st++) {
      // Levels as the links see them: clamped to [0, 1].
      const xPc = lvl(zPc), xLi = lvl(zLi), xPm = lvl(zPm), xSc = lvl(zSc), xGk = lvl(zGk);
      const xSe = lvl(zSe), xTr = lvl(zTr), xCi = lvl(zCi), xAv = lvl(zAv), xCg = lvl(zCg);
      const xOc = lvl(zOc), xPa = lvl(zPa), xDl = lvl(zDl);

      // Moderators: dampen max(0, 1 - a v), gate v^2 / (theta^2 + v^2); the rise signal max(0, u - ref).
      const d1 = 1 - a1 * no;
      const m1 = d1 > 0 ? d1 : 0;
      const d2 = 1 - a2 * no;
      const m2 = d2 > 0 ? d2 : 0;
      const vTr = xTr * xTr, vSc = xSc * xSc, vCi = xCi * xCi, vNo = no * no;
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

      // dx/dt = r P(D) (1 - x) - e x with P(D) = D^n / (K^n + D^n); n is 2 or 3 (STEEPNESS, checked).
      const pPc = dPc * dPc, pLi = dLi * dLi * dLi, pPm = dPm * dPm, pSc = dSc * dSc * dSc;
      const pGk = dGk * dGk * dGk, pSe = dSe * dSe * dSe, pTr = dTr * dTr * dTr, pCi = dCi * dCi * dCi;
      const pAv = dAv * dAv * dAv, pCg = dCg * dCg * dCg, pOc = dOc * dOc * dOc, pPa = dPa * dPa * dPa;
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
      // The delay state follows localImplementation; the rise reference follows networkObligation.
      const fDl = (xLi - zDl) / delay;
      const fRr = (no - zRr) / riseTime;
      // y + (dt/6)(k1 + 2 k2 + 2 k3 + k4), summed in that order.
      const c = st === 0 || st === 3 ? 1 : 2;
      aPc += c * fPc; aLi += c * fLi; aPm += c * fPm; aSc += c * fSc; aGk += c * fGk;
      aSe += c * fSe; aTr += c * fTr; aCi += c * fCi; aAv += c * fAv; aCg += c * fCg;
      aOc += c * fOc; aPa += c * fPa; aDl += c * fDl; aRr += c * fRr;
      if (st < 3) {
        const q = st < 2 ? h : dt;
        zPc = pc + q * fPc; zLi = li + q * fLi; zPm = pm + q * fPm; zSc = sc + q * fSc;
        zGk = gk + q * fGk; zSe = se + q * fSe; zTr = tr + q * fTr; zCi = ci + q * fCi;
        zAv = av + q * fAv; zCg = cg + q * fCg; zOc = oc + q * fOc; zPa = pa + q * fPa;
        zDl = dl + q * fDl; zRr = rr + q * fRr;
      }
    }
    // Step, clamp every state to [0, 1], save the row.
    pc = lvl(pc + w * aPc); li = lvl(li + w * aLi); pm = lvl(pm + w * aPm); sc = lvl(sc + w * aSc);
    gk = lvl(gk + w * aGk); se = lvl(se + w * aSe); tr = lvl(tr + w * aTr); ci = lvl(ci + w * aCi);
    av = lvl(av + w * aAv); cg = lvl(cg + w * aCg); oc = lvl(oc + w * aOc); pa = lvl(pa + w * aPa);
    dl = lvl(dl + w * aDl); rr = lvl(rr + w * aRr);
    out[o] = pc; out[o + 1] = li; out[o + 2] = pm; out[o + 3] = sc; out[o + 4] = gk;
    out[o + 5] = se; out[o + 6] = tr; out[o + 7] = ci; out[o + 8] = av; out[o + 9] = cg;
    out[o + 10] = oc; out[o + 11] = pa; out[o + 12] = dl; out[o + 13] = rr;
  }
}

/**
 * As {@link rk4}, with explicit Euler: one evaluation of the same equations per step, y + dt f(y).
 *
 * @param {ReturnType<typeof readConstants>} k - the model's numbers
 * @param {Float64Array} out - receives (steps + 1) rows of 14 values
 * @param {number} dt - time step (months)
 * @param {number} steps - number of steps
 */
// prettier-ignore
function euler(k, out, dt, steps) {
  if (out.length < (steps + 1) * N_STATE) throw new RangeError('out is too short');
  const [rPc, rLi, rPm, rSc, rGk, rSe, rTr, rCi, rAv, rCg, rOc, rPa] = k.rate;
  const [ePc, eLi, ePm, eSc, eGk, eSe, eTr, eCi, eAv, eCg, eOc, ePa] = k.erosion;
  const [iPc, iLi, iPm, iSc, iGk, iSe, iTr, iCi, iAv, iCg, iOc, iPa] = k.inflow;
  const [kPc, kLi, kPm, kSc, kGk, kSe, kTr, kCi, kAv, kCg, kOc, kPa] = k.kPow;
  const [w0, w1, w2, w3, w4, w5, w6, w7, w8, w9, w10, w11, w12, w13, w14, w15, w16, w17] = k.weightHead;
  const [w18, w19, w20, w21, w22, w23, w24, w25, w26, w27, w28, w29, w30, w31, w32, w33, w34] = k.weightTail;
  const [a1, a2, g16a, g16b] = k.moderators;
  const [g24, g25, g33] = k.gates;
  const { delay, riseTime, externalContext: ec, networkObligation: no } = k;

  let [pc, li, pm, sc, gk, se, tr, ci, av, cg, oc, pa] = k.x0;
  let dl = li;
  let rr = k.riseFrom;
  out[0] = pc; out[1] = li; out[2] = pm; out[3] = sc; out[4] = gk; out[5] = se; out[6] = tr;
  out[7] = ci; out[8] = av; out[9] = cg; out[10] = oc; out[11] = pa; out[12] = dl; out[13] = rr;

  for (let s = 0, o = N_STATE; s < steps; s++, o += N_STATE) {
    // The same equations as in rk4 (kept identical line by line), evaluated once at the state itself.
    const zDl = dl, zRr = rr;
    const xPc = lvl(pc), xLi = lvl(li), xPm = lvl(pm), xSc = lvl(sc), xGk = lvl(gk);
    const xSe = lvl(se), xTr = lvl(tr), xCi = lvl(ci), xAv = lvl(av), xCg = lvl(cg);
    const xOc = lvl(oc), xPa = lvl(pa), xDl = lvl(dl);

    // Moderators: dampen max(0, 1 - a v), gate v^2 / (theta^2 + v^2); the rise signal max(0, u - ref).
    const d1 = 1 - a1 * no;
    const m1 = d1 > 0 ? d1 : 0;
    const d2 = 1 - a2 * no;
    const m2 = d2 > 0 ? d2 : 0;
    const vTr = xTr * xTr, vSc = xSc * xSc, vCi = xCi * xCi, vNo = no * no;
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

    // dx/dt = r P(D) (1 - x) - e x with P(D) = D^n / (K^n + D^n); n is 2 or 3 (STEEPNESS, checked).
    const pPc = dPc * dPc, pLi = dLi * dLi * dLi, pPm = dPm * dPm, pSc = dSc * dSc * dSc;
    const pGk = dGk * dGk * dGk, pSe = dSe * dSe * dSe, pTr = dTr * dTr * dTr, pCi = dCi * dCi * dCi;
    const pAv = dAv * dAv * dAv, pCg = dCg * dCg * dCg, pOc = dOc * dOc * dOc, pPa = dPa * dPa * dPa;
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
    // The delay state follows localImplementation; the rise reference follows networkObligation.
    const fDl = (xLi - zDl) / delay;
    const fRr = (no - zRr) / riseTime;

    // Step, clamp every state to [0, 1], save the row.
    pc = lvl(pc + dt * fPc); li = lvl(li + dt * fLi); pm = lvl(pm + dt * fPm); sc = lvl(sc + dt * fSc);
    gk = lvl(gk + dt * fGk); se = lvl(se + dt * fSe); tr = lvl(tr + dt * fTr); ci = lvl(ci + dt * fCi);
    av = lvl(av + dt * fAv); cg = lvl(cg + dt * fCg); oc = lvl(oc + dt * fOc); pa = lvl(pa + dt * fPa);
    dl = lvl(dl + dt * fDl); rr = lvl(rr + dt * fRr);
    out[o] = pc; out[o + 1] = li; out[o + 2] = pm; out[o + 3] = sc; out[o + 4] = gk;
    out[o + 5] = se; out[o + 6] = tr; out[o + 7] = ci; out[o + 8] = av; out[o + 9] = cg;
    out[o + 10] = oc; out[o + 11] = pa; out[o + 12] = dl; out[o + 13] = rr;
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
