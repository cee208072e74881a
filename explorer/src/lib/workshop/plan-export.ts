import type { ActionPlan } from '@samenspel/assessment';

/** What an exported plan file says besides the plan: where and from which round it is. */
export interface PlanContext {
  /** Region name. */
  readonly region: string;
  /** Label of the round the plan answers. */
  readonly round: string;
  /** Date of that round (yyyy-mm-dd). */
  readonly roundDate: string;
  /** Name of a lever in the chosen language (its id when unknown). */
  readonly leverLabel: (id: string) => string;
}

/** Identifies an exported plan file. */
export const PLAN_FILE_FORMAT = 'samenspel-action-plan';

/**
 * The plan as a JSON file: `{ format, version: 1, region, round, roundDate, plan }`, indented, with
 * the plan exactly as stored (so it can be read back).
 */
export function planJson(plan: ActionPlan, context: PlanContext): string {
  return `${JSON.stringify(
    {
      format: PLAN_FILE_FORMAT,
      version: 1,
      region: context.region,
      round: context.round,
      roundDate: context.roundDate,
      plan,
    },
    null,
    2,
  )}\n`;
}

/** Column headings of the exported actions, in the chosen language. */
export interface ActionHeadings {
  /** The action. */
  readonly text: string;
  /** Who owns it. */
  readonly owner: string;
  /** Due date. */
  readonly due: string;
  /** The lever it serves. */
  readonly lever: string;
  /** Done or not. */
  readonly done: string;
  /** Word for done. */
  readonly yes: string;
  /** Word for not done. */
  readonly no: string;
}

function csvCell(value: string): string {
  // Quote when the cell holds a delimiter, a quote or a line break; a leading =, +, - or @ is
  // prefixed with an apostrophe so a spreadsheet does not run it as a formula.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",;\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function rows(plan: ActionPlan, context: PlanContext, h: ActionHeadings): string[][] {
  return plan.actions.map((a) => [
    a.text,
    a.owner,
    a.due,
    a.lever === null ? '' : context.leverLabel(a.lever),
    a.done ? h.yes : h.no,
  ]);
}

/** The actions as CSV (comma-separated, quoted where needed, CRLF line ends, a heading row). */
export function actionsCsv(plan: ActionPlan, context: PlanContext, h: ActionHeadings): string {
  const head = [h.text, h.owner, h.due, h.lever, h.done];
  return `${[head, ...rows(plan, context, h)].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function mdCell(value: string): string {
  return value.replaceAll('\\', '\\\\').replaceAll('|', '\\|').replace(/\r?\n/g, ' ');
}

/** The actions as a Markdown table under a heading with region and round. */
export function actionsMarkdown(
  plan: ActionPlan,
  context: PlanContext,
  h: ActionHeadings,
  title: string,
): string {
  const head = [h.text, h.owner, h.due, h.lever, h.done];
  const lines = [
    `# ${mdCell(title)}`,
    '',
    `| ${head.map(mdCell).join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows(plan, context, h).map((r) => `| ${r.map(mdCell).join(' | ')} |`),
  ];
  return `${lines.join('\n')}\n`;
}

/** A file name from the region and round: lower case, letters, digits and dashes only. */
export function planFileName(context: Pick<PlanContext, 'region' | 'roundDate'>, extension: string): string {
  const slug = `${context.region}-${context.roundDate}`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `actieplan-${slug === '' ? 'regio' : slug}.${extension}`;
}
