import { icuNetworkModel } from '@samenspel/icu-model';
import { describe, expect, it } from 'vitest';

import type { Region, RegionProblem } from '../types.js';
import { parseRegion, serializeRegion } from './region-bundle.js';
import { REGION_PROBLEM_CODES } from './region-problems.js';

const lever = icuNetworkModel.levers[0]?.id ?? '';
const factor = icuNetworkModel.factors.find((f) => !f.exogenous)?.id ?? '';

const region: Region = {
  id: 'noord',
  name: 'Regio Noord',
  rounds: [
    {
      id: 'round1',
      label: 'Nulmeting',
      date: '2026-01-15',
      month: 0,
      responses: [
        { id: 'r1', group: 'network', answers: { trust1: 4, trust2: null } },
        { id: 'r2', group: 'icNurse', answers: { trust1: 2 }, comment: 'Meer meekijkdagen' },
      ],
    },
  ],
  plans: [
    {
      id: 'plan1',
      roundId: 'round1',
      created: '2026-01-20',
      interventions: [{ lever, startMonth: 0, endMonth: 12, intensity: 0.5 }],
      actions: [
        {
          id: 'a1',
          text: 'Regio-overleg elk kwartaal',
          owner: 'regiocoördinator',
          due: '2026-04-01',
          lever,
          done: false,
        },
      ],
    },
  ],
  scenarios: [{ name: 'Start', initial: { [factor]: 0.4 } }],
};

const pathsOf = (result: ReturnType<typeof parseRegion>): string[] =>
  result.ok ? [] : result.problems.map((p: RegionProblem) => p.path);

/** Serialises a region after a change made to its plain JSON copy. */
function broken(
  change: (data: { format: unknown; version: unknown; region: Record<string, unknown> }) => void,
): string {
  const data = JSON.parse(serializeRegion(region)) as {
    format: unknown;
    version: unknown;
    region: Record<string, unknown>;
  };
  change(data);
  return JSON.stringify(data);
}

describe('region bundle', () => {
  it('round-trips a region unchanged', () => {
    const text = serializeRegion(region);
    expect(JSON.parse(text)).toMatchObject({ format: 'samenspel-region', version: 1 });
    const result = parseRegion(text);
    expect(result).toEqual({ ok: true, region });
  });

  it('keeps fields it does not know on regions and rounds', () => {
    const text = broken((d) => {
      d.region.notes = 'kept';
    });
    const result = parseRegion(text);
    expect(result.ok).toBe(true);
    if (result.ok) expect((result.region as unknown as { notes: string }).notes).toBe('kept');
  });

  it('reports text that is not JSON', () => {
    const result = parseRegion('{ nope');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toContain('not valid JSON');
  });

  it('refuses another format and an unsupported version, naming the field', () => {
    const result = parseRegion(
      broken((d) => {
        d.format = 'other';
        d.version = 2;
      }),
    );
    expect(pathsOf(result)).toEqual(['format', 'version']);
    if (!result.ok) expect(result.problems[1]?.message).toContain('unsupported version 2');
  });

  it('names the path and reason of shape problems deep inside', () => {
    const result = parseRegion(
      broken((d) => {
        const rounds = d.region.rounds as {
          date: string;
          responses: { answers: Record<string, unknown> }[];
        }[];
        const round = rounds[0];
        if (round === undefined) throw new Error('fixture has a round');
        round.date = '15-01-2026';
        const response = round.responses[0];
        if (response !== undefined) response.answers.trust1 = 7;
      }),
    );
    expect(pathsOf(result)).toEqual([
      'region.rounds[0].date',
      'region.rounds[0].responses[0].answers.trust1',
    ]);
    if (!result.ok) {
      expect(result.problems[0]?.message).toContain('a real date written yyyy-mm-dd');
      expect(result.problems[1]?.message).toContain('1, 2, 3, 4, 5 or null');
    }
  });

  it('refuses a response that carries a name', () => {
    const result = parseRegion(
      broken((d) => {
        const rounds = d.region.rounds as { responses: Record<string, unknown>[] }[];
        const response = rounds[0]?.responses[1];
        if (response !== undefined) response.name = 'Jan Jansen';
      }),
    );
    expect(pathsOf(result)).toEqual(['region.rounds[0].responses[1].name']);
    if (!result.ok) expect(result.problems[0]?.message).toContain('no names');
  });

  it('checks scenarios and plan interventions with core and names their path', () => {
    const result = parseRegion(
      broken((d) => {
        (d.region.scenarios as unknown[]).push({ initial: { ghost: 0.5 } });
        const plans = d.region.plans as { interventions: { lever: string }[]; roundId: string }[];
        const plan = plans[0];
        if (plan === undefined) throw new Error('fixture has a plan');
        plan.roundId = 'round9';
        plan.interventions.push({ lever: 'noSuchLever' });
      }),
    );
    expect(pathsOf(result)).toEqual([
      'region.plans[0].roundId',
      'region.plans[0].interventions[1].lever',
      'region.scenarios[1].initial.ghost',
    ]);
  });

  it('reports duplicate round and response ids and unknown action levers', () => {
    const result = parseRegion(
      broken((d) => {
        const rounds = d.region.rounds as { id: string; responses: { id: string }[] }[];
        const round = rounds[0];
        if (round === undefined) throw new Error('fixture has a round');
        const second = round.responses[1];
        if (second !== undefined) second.id = 'r1';
        rounds.push({ ...round, responses: [] });
        const plans = d.region.plans as { actions: { lever: string }[] }[];
        const action = plans[0]?.actions[0];
        if (action !== undefined) action.lever = 'wishfulThinking';
      }),
    );
    expect(pathsOf(result)).toEqual([
      'region.rounds[0].responses[1].id',
      'region.rounds[1].id',
      'region.plans[0].actions[0].lever',
    ]);
  });
});

type Data = { format: unknown; version: unknown; region: Record<string, unknown> };
/** The first round, plan and action of the plain copy, typed loosely for breaking them. */
const parts = (d: Data) => {
  const rounds = d.region.rounds as Record<string, unknown>[];
  const round = rounds[0] as Record<string, unknown> & { responses: Record<string, unknown>[] };
  const plan = (d.region.plans as Record<string, unknown>[])[0] as Record<string, unknown> & {
    actions: Record<string, unknown>[];
    interventions: unknown[];
  };
  return { rounds, round, plan, action: plan.actions[0] as Record<string, unknown> };
};

/** Broken files that between them give every region problem code. */
const regionCases: { name: string; text: string; codes: RegionProblem['code'][] }[] = [
  { name: 'text that is not JSON', text: '{ nope', codes: ['invalid_json'] },
  {
    name: 'another format and version',
    text: broken((d) => {
      d.format = 'other';
      d.version = '2';
    }),
    codes: ['not_region_file', 'unsupported_version'],
  },
  {
    name: 'a bundle without a region',
    text: '{"format":"samenspel-region","version":1}',
    codes: ['missing_field'],
  },
  {
    name: 'wrong shapes everywhere',
    text: broken((d) => {
      const { rounds, round, plan, action } = parts(d);
      d.region.id = '';
      d.region.name = 5;
      d.region.scenarios = {};
      round.date = 'gisteren';
      round.month = -1;
      round.responses.push('r9' as unknown as Record<string, unknown>);
      const response = round.responses[0];
      if (response !== undefined) {
        response.answers = { trust1: 9 };
        response.email = 'a@b.nl';
      }
      rounds.push({
        ...round,
        id: 'round2',
        month: 'one',
        responses: [{ id: 'r1', group: 'network', answers: 3 }],
      });
      action.done = 'no';
      plan.created = 20260101;
    }),
    codes: [
      'empty_id',
      'not_text',
      'not_a_list',
      'not_a_date',
      'month_out_of_range',
      'not_an_object',
      'answer_out_of_scale',
      'unknown_response_field',
      'not_a_number',
      'not_true_or_false',
    ],
  },
  {
    name: 'a region that does not fit together or with the model',
    text: broken((d) => {
      const { rounds, round, plan, action } = parts(d);
      rounds.push({ ...round, responses: [round.responses[0], round.responses[0]] });
      plan.roundId = 'round9';
      plan.interventions.push({ lever: 'noSuchLever' });
      action.lever = 'wishfulThinking';
    }),
    codes: [
      'duplicate_round_id',
      'duplicate_response_id',
      'plan_unknown_round',
      'unknown_lever',
      'scenario_rejected',
    ],
  },
  {
    name: 'a region that is text',
    text: broken((d) => {
      d.region = 'Noord' as unknown as Record<string, unknown>;
    }),
    codes: ['not_an_object'],
  },
];

describe('region problem codes', () => {
  it.each(regionCases)('$name gives the codes $codes', ({ text, codes }) => {
    const result = parseRegion(text);
    const found = new Set(result.ok ? [] : result.problems.map((p) => p.code));
    for (const code of codes) expect([...found], code).toContain(code);
  });

  it('the cases reach every code in REGION_PROBLEM_CODES except the fallback invalid_value', () => {
    const found = new Set(
      regionCases.flatMap((c) => {
        const result = parseRegion(c.text);
        return result.ok ? [] : result.problems.map((p) => p.code);
      }),
    );
    expect([...found].sort()).toEqual(REGION_PROBLEM_CODES.filter((c) => c !== 'invalid_value').sort());
  });

  it('gives parameters as plain text: the answer found, the field, the ids', () => {
    const result = parseRegion(regionCases[3]?.text ?? '');
    const answer = result.ok ? undefined : result.problems.find((p) => p.code === 'answer_out_of_scale');
    expect(answer).toMatchObject({
      path: 'region.rounds[0].responses[0].answers.trust1',
      params: { value: '9' },
    });
    const field = result.ok ? undefined : result.problems.find((p) => p.code === 'unknown_response_field');
    expect(field?.params).toEqual({ field: 'email' });
  });

  it('keeps an action without a lever as null', () => {
    const withoutLever: Region = {
      ...region,
      plans: region.plans.map((p) => ({ ...p, actions: p.actions.map((a) => ({ ...a, lever: null })) })),
    };
    expect(parseRegion(serializeRegion(withoutLever))).toEqual({ ok: true, region: withoutLever });
  });
});

describe('dates in a region file', () => {
  it('refuses dates that do not exist, naming each field', () => {
    const text = broken((d) => {
      const rounds = d.region.rounds as { date: string }[];
      const plans = d.region.plans as { created: string; actions: { due: string }[] }[];
      (rounds[0] as { date: string }).date = '2026-13-45';
      const plan = plans[0] as { created: string; actions: { due: string }[] };
      plan.created = '2025-02-29';
      (plan.actions[0] as { due: string }).due = '2026-02-30';
    });
    const result = parseRegion(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.code, p.path])).toEqual([
      ['not_a_date', 'region.rounds[0].date'],
      ['not_a_date', 'region.plans[0].created'],
      ['not_a_date', 'region.plans[0].actions[0].due'],
    ]);
    expect(result.problems[0]?.message).toBe(
      'date must be a real date written yyyy-mm-dd (no month 13 or 30 February)',
    );
  });

  it('keeps real dates, leap days included', () => {
    const text = broken((d) => {
      ((d.region.rounds as { date: string }[])[0] as { date: string }).date = '2024-02-29';
    });
    expect(parseRegion(text).ok).toBe(true);
  });
});
