import type { ActionPlan } from '@samenspel/assessment';
import { describe, expect, it } from 'vitest';
import { actionsCsv, actionsMarkdown, planFileName, planJson, type ActionHeadings } from './plan-export.js';

const plan: ActionPlan = {
  id: 'p1',
  roundId: 'r1',
  created: '2026-11-24',
  interventions: [{ lever: 'startSmall', startMonth: 0, endMonth: 12, intensity: 0.6 }],
  actions: [
    {
      id: 'a1',
      text: 'Overleg, "wekelijks"',
      owner: 'Teamleider',
      due: '2027-01-15',
      lever: 'startSmall',
      done: false,
    },
    { id: 'a2', text: '=SUM(A1) | pijp', owner: 'Bestuur', due: '2027-03-01', lever: null, done: true },
  ],
};
const context = {
  region: 'Regio Zuid-Oost',
  round: 'Nulmeting',
  roundDate: '2026-11-01',
  leverLabel: (id: string) => (id === 'startSmall' ? 'Klein beginnen' : id),
};
const h: ActionHeadings = {
  text: 'Actie',
  owner: 'Eigenaar',
  due: 'Datum',
  lever: 'Interventie',
  done: 'Klaar',
  yes: 'ja',
  no: 'nee',
};

describe('planJson', () => {
  it('writes the plan as stored, with region and round beside it', () => {
    const file = JSON.parse(planJson(plan, context)) as Record<string, unknown>;
    expect(file).toMatchObject({
      format: 'samenspel-action-plan',
      version: 1,
      region: 'Regio Zuid-Oost',
      round: 'Nulmeting',
    });
    expect(file['plan']).toEqual(plan);
  });
});

describe('actionsCsv', () => {
  it('quotes cells with commas and quotes, defuses formulas, and names levers', () => {
    const lines = actionsCsv(plan, context, h).split('\r\n');
    expect(lines[0]).toBe('Actie,Eigenaar,Datum,Interventie,Klaar');
    expect(lines[1]).toBe('"Overleg, ""wekelijks""",Teamleider,2027-01-15,Klein beginnen,nee');
    expect(lines[2]).toBe("'=SUM(A1) | pijp,Bestuur,2027-03-01,,ja");
    expect(lines).toHaveLength(4);
  });
});

describe('actionsMarkdown', () => {
  it('makes a table with one row per action and escapes pipes', () => {
    const md = actionsMarkdown(plan, context, h, 'Actieplan Regio Zuid-Oost');
    const lines = md.trim().split('\n');
    expect(lines[0]).toBe('# Actieplan Regio Zuid-Oost');
    expect(lines[3]).toBe('| --- | --- | --- | --- | --- |');
    expect(lines[5]).toContain('=SUM(A1) \\| pijp');
    expect(lines).toHaveLength(6);
  });
});

describe('planFileName', () => {
  it('keeps letters and digits of the region and date', () => {
    expect(planFileName({ region: 'Régio Zuid-Oost!', roundDate: '2026-11-01' }, 'json')).toBe(
      'actieplan-regio-zuid-oost-2026-11-01.json',
    );
    expect(planFileName({ region: '', roundDate: '' }, 'csv')).toBe('actieplan-regio.csv');
  });
});
