import type { Answer, Response } from '@samenspel/assessment';

/** Where a respondent is in facilitator mode. */
export type FacilitatorStep = 'group' | 'answering' | 'done';

/**
 * One device, respondents one after another: each picks a group, answers the statements and
 * finishes; then the screen is cleared for the next. Nothing about a respondent is kept here after
 * {@link FacilitatorSession.finish} (which hands the response over), and no name is ever asked.
 */
export class FacilitatorSession {
  /** The step shown. */
  step = $state<FacilitatorStep>('group');
  /** The group the current respondent chose, or null. */
  group = $state<string | null>(null);
  /** The current respondent's answers so far, by statement id (null = don't know). */
  answers = $state.raw<Readonly<Record<string, Answer>>>({});
  /** The current respondent's optional remark (free text, asked without names). */
  comment = $state('');
  /** How many respondents finished in this session. */
  finished = $state(0);
  readonly #statements: readonly string[];

  /** Starts a session over the statement ids (in the order they are asked). */
  constructor(statements: readonly string[]) {
    this.#statements = statements;
  }

  /** Number of statements. */
  get total(): number {
    return this.#statements.length;
  }

  /** Number of statements the current respondent answered (don't know included). */
  get answered(): number {
    return this.#statements.filter((id) => id in this.answers).length;
  }

  /** Number of statements still open. */
  get unanswered(): number {
    return this.total - this.answered;
  }

  /** The current respondent chooses a group and starts answering. */
  chooseGroup(group: string): void {
    this.group = group;
    this.answers = {};
    this.comment = '';
    this.step = 'answering';
  }

  /** Records an answer (1–5, or null for don't know / not applicable). */
  answer(statement: string, value: Answer): void {
    if (!this.#statements.includes(statement)) throw new Error(`unknown statement '${statement}'`);
    this.answers = { ...this.answers, [statement]: value };
  }

  /**
   * Ends the current respondent: returns the response (open statements count as don't know; the
   * remark, trimmed, only when there is one; the id is a placeholder the store replaces), clears the
   * answers and the remark and shows the done step.
   */
  finish(): Omit<Response, 'id'> {
    if (this.group === null || this.step !== 'answering') throw new Error('no respondent is answering');
    const answers = Object.fromEntries(this.#statements.map((id) => [id, this.answers[id] ?? null]));
    const comment = this.comment.trim();
    const response = { group: this.group, answers, ...(comment === '' ? {} : { comment }) };
    this.group = null;
    this.answers = {};
    this.comment = '';
    this.step = 'done';
    this.finished += 1;
    return response;
  }

  /** Back to choosing a group, for the next respondent (a clean screen). */
  next(): void {
    this.group = null;
    this.answers = {};
    this.comment = '';
    this.step = 'group';
  }
}
