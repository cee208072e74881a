import type { StudyRequest } from './run-study.js';

/** The choices a study is computed from, as the panel holds them now. */
export type StudyChoices = Omit<StudyRequest, 'model' | 'seed'>;

/**
 * Whether a finished study no longer answers the panel's current choices: the scenario changed
 * (compared by identity, as scenarios are immutable) or a setting did (factor, runs, spreads, the
 * source of the spread, or the applied starting values it uses: another round, or applied again).
 */
export function studyStale(request: StudyRequest, now: StudyChoices): boolean {
  return (
    request.base !== now.base ||
    request.factor !== now.factor ||
    request.runs !== now.runs ||
    request.initialSpread !== now.initialSpread ||
    request.parameterFraction !== now.parameterFraction ||
    request.source !== now.source ||
    (request.source === 'assessment' && !sameApplied(request.applied, now.applied))
  );
}

/** Same applied starting values: the same round applied at the same moment (a reload gives a copy). */
function sameApplied(a: StudyRequest['applied'], b: StudyRequest['applied']): boolean {
  if (a === null || b === null) return a === b;
  return a.roundId === b.roundId && a.appliedAt === b.appliedAt;
}
