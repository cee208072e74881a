import type { Questionnaire } from '@samenspel/core';

import type { FactorSummary, Response, Round, RoundSummary, Stat } from '../types.js';
import { scoreAnswer } from './score.js';
import { hidden, stat } from './stat.js';
import { type DisclosureNode, suppress } from './suppress.js';

/** Default minimum number of respondents a group needs to be shown on its own. */
export const MIN_GROUP_SIZE = 3;

/** Options of {@link aggregateRound}. */
export interface AggregateOptions {
  /** Minimum respondents for a group (or a folded set) to be shown (default {@link MIN_GROUP_SIZE}). */
  minGroupSize?: number;
}

/** The key under which small groups are folded together in `byGroup`. */
const OTHERS = 'others';

/**
 * The factor ids that have statements, in the order of their first statement.
 */
export function questionnaireFactors(q: Questionnaire): string[] {
  return [...new Set(q.statements.map((s) => s.factor))];
}

/**
 * Each respondent's score per factor: the mean of their (mirrored) scores on the factor's
 * statements, or null when they answered none of them.
 */
export function factorScores(q: Questionnaire, response: Response): Map<string, number | null> {
  const sums = new Map<string, { sum: number; n: number }>();
  for (const statement of q.statements) {
    const entry = sums.get(statement.factor) ?? { sum: 0, n: 0 };
    const score = scoreAnswer(statement, response.answers[statement.id]);
    if (score !== null) {
      entry.sum += score;
      entry.n += 1;
    }
    sums.set(statement.factor, entry);
  }
  return new Map([...sums].map(([factor, { sum, n }]) => [factor, n === 0 ? null : sum / n]));
}

/**
 * Summarises a round per factor and respondent group (scores on 0–100).
 *
 * - A respondent's factor score is the mean of their answers to the factor's statements (reversed
 *   statements mirrored, "don't know" left out); the Stats are over those factor scores.
 * - `all` holds every response, including responses whose group the questionnaire does not know.
 * - `self` and `others` split by the groups' role (network versus all partners).
 * - `byGroup` holds each group shown on its own (`groups[].shown`: at least `minGroupSize`
 *   respondents), plus `others`: the partner groups too small to show, folded together (present
 *   when such a group has respondents). A network group too small to show is not folded in with the
 *   partners (that would mix the network's view of itself into the partners' view): it has no
 *   entry, and `self` then rests on too few answers or is hidden to protect it (see below).
 *
 * Privacy (statistical disclosure control, per factor, so "don't know" answers count): the figures
 * form a tree, `all` → { `self` → network groups, `others` → { shown partner groups, `byGroup.others` },
 * unknown groups (never shown) }, each the sum of its children. A hidden Stat keeps its `n`, its
 * mean and sd are null.
 * 1. Primary: every figure resting on fewer than `minGroupSize` answers is hidden, `all` included.
 * 2. Secondary: under every shown figure, if the hidden parts together hold 1 to `minGroupSize − 1`
 *    answers, more parts are hidden, smallest first, until they hold at least `minGroupSize`; a
 *    hidden figure hides all its parts (see {@link suppress}). So no shown means and counts combine
 *    into the figures of fewer than `minGroupSize` people. Example: 3 network members, 3
 *    specialists, 1 referrer: the referrer's fold is hidden (1 answer), so the specialists are
 *    hidden too, else `others` − specialists would give the referrer's answer.
 */
export function aggregateRound(q: Questionnaire, round: Round, options: AggregateOptions = {}): RoundSummary {
  const minGroupSize = options.minGroupSize ?? MIN_GROUP_SIZE;
  const roleOf = new Map(q.groups.map((g) => [g.id, g.role]));
  const counts = new Map<string, number>(q.groups.map((g) => [g.id, 0]));
  for (const r of round.responses) {
    const c = counts.get(r.group);
    if (c !== undefined) counts.set(r.group, c + 1);
  }
  const groups = q.groups.map((g) => {
    const respondents = counts.get(g.id) ?? 0;
    return { id: g.id, respondents, shown: respondents >= minGroupSize };
  });
  const shown = new Set(groups.filter((g) => g.shown).map((g) => g.id));
  const isSelf = (g: string) => roleOf.get(g) === 'self';
  const isPartner = (g: string) => roleOf.get(g) === 'partner';
  const isFolded = (g: string) => isPartner(g) && !shown.has(g);
  const anyFolded = groups.some((g) => isFolded(g.id) && g.respondents > 0);
  const scores = round.responses.map((r) => ({ group: r.group, scores: factorScores(q, r) }));

  const factors: FactorSummary[] = questionnaireFactors(q).map((factor) => {
    const valuesWhere = (keep: (group: string) => boolean): number[] => {
      const out: number[] = [];
      for (const r of scores) {
        const value = r.scores.get(factor);
        if (value !== undefined && value !== null && keep(r.group)) out.push(value);
      }
      return out;
    };
    /** A figure over the answers of the groups `keep` accepts; hidden at once below the minimum. */
    const figure = (keep: (group: string) => boolean, children: Figure[] = [], showable = true): Figure => {
      const values = valuesWhere(keep);
      return { values, n: values.length, visible: showable && values.length >= minGroupSize, children };
    };
    const groupFigure = (g: { id: string }) => ({
      id: g.id,
      node: figure((id) => id === g.id, [], shown.has(g.id)),
    });
    const selfGroups = q.groups.filter((g) => g.role === 'self').map(groupFigure);
    const partnerGroups = q.groups.filter((g) => g.role === 'partner' && shown.has(g.id)).map(groupFigure);
    const fold = anyFolded ? figure(isFolded) : null;
    const self = figure(
      isSelf,
      selfGroups.map((g) => g.node),
    );
    const others = figure(isPartner, [...partnerGroups.map((g) => g.node), ...(fold === null ? [] : [fold])]);
    const unknown = figure((g) => !roleOf.has(g), [], false);
    const all = figure(() => true, [self, others, unknown]);
    suppress(all, minGroupSize);

    // In the questionnaire's group order, then the fold.
    const nodeOf = new Map([...selfGroups, ...partnerGroups].map((g) => [g.id, g.node]));
    const byGroup: Record<string, Stat> = {};
    for (const g of groups) {
      const node = nodeOf.get(g.id);
      if (node !== undefined && g.shown) byGroup[g.id] = output(node);
    }
    if (fold !== null) byGroup[OTHERS] = output(fold);
    return { factor, all: output(all), self: output(self), others: output(others), byGroup };
  });
  return { roundId: round.id, respondents: round.responses.length, groups, factors };
}

/** A figure of one factor: the scores it rests on and its place in the disclosure tree. */
interface Figure extends DisclosureNode {
  readonly values: readonly number[];
  readonly children: readonly Figure[];
}

/** The Stat of a figure: its mean and sd when it may be shown, else its count only. */
function output(f: Figure): Stat {
  return f.visible ? stat(f.values) : hidden(f.n);
}
