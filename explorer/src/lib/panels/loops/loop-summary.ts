import type { MechanismStatus, Model, SimulationResultJson, SourceRef, StatusSegment } from '@samenspel/core';
import { pseudoCollaborationExplanation } from '@samenspel/icu-model';
import { tr, type Lang } from '../../model.js';

/** The mechanisms that get a card of their own (pseudo-collaboration has its own box). */
export const CARD_MECHANISMS: readonly string[] = ['context', 'building', 'network', 'results'];

/** Id of the mechanism that describes pseudo-collaboration. */
export const PSEUDO_MECHANISM = 'pseudo';

/** A lever named in advice: what to show on its "add" button. */
export interface LeverChoice {
  /** Lever id. */
  readonly id: string;
  /** Its name in the interface language. */
  readonly label: string;
}

/** One piece of the seed's advice, ready to show. */
export interface AdviceView {
  /** The advice in the interface language. */
  readonly text: string;
  /** Where it is in the seed. */
  readonly source: SourceRef;
  /** The levers that put it into practice. */
  readonly levers: readonly LeverChoice[];
}

/** A loop, labelled for display. */
export interface LoopView {
  /** Loop id (`L33`). */
  readonly id: string;
  /** Factor names in loop order, in the interface language. */
  readonly labels: readonly string[];
  /** The names joined with arrows, back to the first: "A → B → C → A". */
  readonly text: string;
}

/** What the loops panel shows for one mechanism. */
export interface MechanismCard {
  /** Mechanism id. */
  readonly id: string;
  /** Its name in the interface language. */
  readonly label: string;
  /** How it works, in the interface language. */
  readonly description: string;
  /** Status at the end of the run. */
  readonly status: MechanismStatus;
  /** Whole month since which it has had that status (0: from the start). */
  readonly since: number;
  /** Mean level of its factors at the end (0–1). */
  readonly level: number;
  /** The strongest loop through it at the end, or null. */
  readonly dominantLoop: LoopView | null;
  /** The run divided into stretches of one status. */
  readonly segments: readonly StatusSegment[];
  /** The seed's advice for strengthening it, only when it stalls. */
  readonly advice: readonly AdviceView[];
}

/** The name of a factor or input in the interface language (its id when unknown). */
export function variableLabel(model: Model, id: string, lang: Lang): string {
  const v = model.factors.find((f) => f.id === id) ?? model.inputs.find((i) => i.id === id);
  return v === undefined ? id : tr(v.label, lang);
}

/** The name of a lever in the interface language (its id when unknown). */
export function leverLabel(model: Model, id: string, lang: Lang): string {
  const lever = model.levers.find((l) => l.id === id);
  return lever === undefined ? id : tr(lever.label, lang);
}

/** A loop of a run labelled in the interface language, or null when the run has no such loop. */
export function loopView(
  model: Model,
  result: SimulationResultJson,
  loopId: string | null,
  lang: Lang,
): LoopView | null {
  if (loopId === null) return null;
  const loop = result.loops.find((l) => l.id === loopId);
  if (loop === undefined) return null;
  const labels = loop.factors.map((id) => variableLabel(model, id, lang));
  const first = labels[0];
  const text = first === undefined ? '' : [...labels, first].join(' → ');
  return { id: loop.id, labels, text };
}

/** The advice of a mechanism in the interface language. */
export function adviceOf(model: Model, mechanismId: string, lang: Lang): AdviceView[] {
  const mechanism = model.mechanisms.find((m) => m.id === mechanismId);
  if (mechanism === undefined) return [];
  return mechanism.advice.map((a) => ({
    text: tr(a.text, lang),
    source: a.source,
    levers: a.levers.map((id) => ({ id, label: leverLabel(model, id, lang) })),
  }));
}

/** The cards of the loops panel: one per mechanism of {@link CARD_MECHANISMS}, in model order. */
export function mechanismCards(model: Model, result: SimulationResultJson, lang: Lang): MechanismCard[] {
  const cards: MechanismCard[] = [];
  for (const mechanism of model.mechanisms) {
    if (!CARD_MECHANISMS.includes(mechanism.id)) continue;
    const summary = result.summary.mechanisms[mechanism.id];
    if (summary === undefined) continue;
    cards.push({
      id: mechanism.id,
      label: tr(mechanism.label, lang),
      description: tr(mechanism.description, lang),
      status: summary.status,
      since: Math.round(summary.since),
      level: summary.level,
      dominantLoop: loopView(model, result, summary.dominantLoop, lang),
      segments: summary.segments,
      advice: summary.status === 'stalling' ? adviceOf(model, mechanism.id, lang) : [],
    });
  }
  return cards;
}

/** Message key of a status in words ("versterkt zichzelf" / "valt stil"). */
export function statusKey(status: MechanismStatus): string {
  return status === 'reinforcing' ? 'loops.status.reinforcing' : 'loops.status.stalling';
}

/**
 * Whether a run shows a pattern: `summary[patternId]` (the core sets it to the pattern's `present`;
 * the JSON type does not carry that index signature, hence the look-up by name).
 */
export function showsPattern(result: SimulationResultJson, patternId: string): boolean {
  const summary: Readonly<Record<string, unknown>> = result.summary;
  return summary[patternId] === true;
}

/** Whether the run shows that collaboration takes off (the model's `collaborationTakesOff` pattern). */
export function takesOff(result: SimulationResultJson): boolean {
  return showsPattern(result, 'collaborationTakesOff');
}

/** What the pseudo-collaboration box shows. */
export interface PseudoBox {
  /** What pseudo-collaboration is (the seed's explanation). */
  readonly what: string;
  /** The way out of it. */
  readonly wayOut: string;
  /** The verbatim seed passage and where it is. */
  readonly source: SourceRef;
  /** First and last month of the longest stretch in which it showed. */
  readonly fromMonth: number | null;
  /** Last month of that stretch. */
  readonly toMonth: number | null;
  /** The levers the seed gives as the way out. */
  readonly levers: readonly LeverChoice[];
}

/** The pseudo-collaboration box, or null when the run does not show pseudo-collaboration. */
export function pseudoBox(model: Model, result: SimulationResultJson, lang: Lang): PseudoBox | null {
  if (!showsPattern(result, 'pseudoCollaboration')) return null;
  const report = result.summary.patterns.pseudoCollaboration;
  const levers = adviceOf(model, PSEUDO_MECHANISM, lang).flatMap((a) => a.levers);
  const unique = levers.filter((l, i) => levers.findIndex((m) => m.id === l.id) === i);
  return {
    what: tr(pseudoCollaborationExplanation.what, lang),
    wayOut: tr(pseudoCollaborationExplanation.wayOut, lang),
    source: pseudoCollaborationExplanation.source,
    fromMonth: report?.fromMonth === null || report === undefined ? null : Math.round(report.fromMonth),
    toMonth: report?.toMonth === null || report === undefined ? null : Math.round(report.toMonth),
    levers: unique,
  };
}

/** One bar of a status sparkline. */
export interface SparkBar {
  /** Left edge (px). */
  readonly x: number;
  /** Width (px). */
  readonly width: number;
  /** Top edge (px). */
  readonly y: number;
  /** Height (px): full for reinforcing, low for stalling, so the shape tells them apart. */
  readonly height: number;
  /** Status of the stretch. */
  readonly status: MechanismStatus;
  /** First whole month of the stretch. */
  readonly from: number;
  /** Whole month at which the stretch ends. */
  readonly to: number;
}

/**
 * Bars of a status sparkline over months 0..horizon: one per stretch, reaching to where the next
 * starts, tall when reinforcing and low when stalling.
 */
export function sparkBars(
  segments: readonly StatusSegment[],
  horizon: number,
  width: number,
  height: number,
): SparkBar[] {
  const span = horizon > 0 ? horizon : 1;
  const low = Math.max(2, Math.round(height * 0.3));
  return segments.map((s, i) => {
    const end = segments[i + 1]?.fromMonth ?? Math.max(horizon, s.toMonth);
    const x = (s.fromMonth / span) * width;
    const w = Math.max(1, ((end - s.fromMonth) / span) * width);
    const h = s.status === 'reinforcing' ? height : low;
    return {
      x,
      width: w,
      y: height - h,
      height: h,
      status: s.status,
      from: Math.round(s.fromMonth),
      to: Math.round(end),
    };
  });
}
