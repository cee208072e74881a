import { icuNetworkModel } from '@samenspel/icu-model';
import { describe, expect, it } from 'vitest';

import type { Region, RegionProblem } from '../types.js';
import { parseRegion, serializeRegion } from './region-bundle.js';

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
      expect(result.problems[0]?.message).toContain('ISO date');
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
