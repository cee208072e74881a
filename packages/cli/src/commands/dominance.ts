import { formatDiagnostics, loopDominance, type DominanceLoop, type LoopDominance } from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
import type { FlagSpec } from '../args.js';
import { CliError } from '../errors.js';
import { toCsv } from '../format/csv.js';
import { flagValue } from '../options.js';
import { readInput } from '../read-input.js';
import { loadScenario } from '../scenario/load-scenario.js';
import type { Command } from './command.js';
import { dominanceText } from './dominance-text.js';

const formatFlag: FlagSpec = {
  value: 'csv|json|text',
  choices: ['csv', 'json', 'text'],
  default: 'csv',
  description:
    'csv: time and the relative score of every loop; json: loops with factors, polarity and both scores; text: the loops that matter at months 1, 3, 6, 12, …',
};

const topFlag: FlagSpec = {
  value: 'N',
  default: 'all loops',
  description: 'only the N loops with the largest peak |relative score|, in loop order',
};

/** The loops with the largest peak |relative score| (all when `top` is undefined), in their original order. */
export function topLoops(d: LoopDominance, top: number | undefined): DominanceLoop[] {
  if (top === undefined || top >= d.loops.length) return [...d.loops];
  const peak = (l: DominanceLoop) => l.relative.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
  const keep = new Set(
    [...d.loops]
      .map((l, i) => ({ i, p: peak(l) }))
      .sort((a, b) => b.p - a.p || a.i - b.i)
      .slice(0, top)
      .map((x) => x.i),
  );
  return d.loops.filter((_, i) => keep.has(i));
}

/** `samenspel dominance SCENARIO`: relative loop scores over time by the Loops That Matter method. */
export const dominanceCommand: Command = {
  name: 'dominance',
  summary: 'relative loop scores over time (Loops That Matter) for a scenario',
  details: [
    'Runs SCENARIO ("-" reads standard input) on the ICU model and scores every feedback loop over',
    'time by the Loops That Matter method: per interval between saved times, each loop score divided',
    'by the sum of the absolute loop scores (in [-1, 1]; positive: acting as reinforcing; negative:',
    'as balancing). Loops L1… are those of "samenspel loops"; S1… are structural loops inside a',
    "factor's equations (saturation, erosion, a delay catching up). csv: a header",
    '"time,<loop ids>" and one row per interval, labelled with its end month. json: { time, loops:',
    '[ { id, kind, factors, nodes, polarity, relative, score } ] }. text: at months 1, 3 and every 6',
    'months, the three loops with the largest share (with their factors, or what a structural loop',
    'does) and the largest model loop when it is not among them.',
  ].join('\n'),
  args: {
    positionals: [{ name: 'SCENARIO', description: 'a scenario JSON file, or - to read standard input' }],
    flags: { format: formatFlag, top: topFlag },
  },
  examples: [
    'dominance examples/scenarios/supportive-region-takes-off.json --top 5',
    'dominance examples/scenarios/region-stalls.json --format json',
    'dominance examples/scenarios/supportive-region-takes-off.json --format text',
  ],
  async execute(args, io) {
    const file = args.positionals[0] ?? '-';
    const topText = args.flags.get('top');
    const top = topText === undefined ? undefined : Number(topText);
    if (top !== undefined && !(Number.isInteger(top) && top >= 1))
      throw new CliError(`--top: expected a whole number of at least 1, got '${topText ?? ''}'`);
    const validation = loadScenario(icuNetworkModel, await readInput(file, io));
    if (!validation.ok) {
      io.stderr(`${formatDiagnostics(validation.diagnostics)}\n`);
      return 1;
    }
    const d = loopDominance(icuNetworkModel, validation.scenario);
    const loops = topLoops(d, top);
    const format = flagValue(args, 'format', formatFlag);
    if (format === 'text') {
      io.stdout(dominanceText(d, loops));
    } else if (format === 'json') {
      const plain = loops.map((l) => ({
        id: l.id,
        kind: l.kind,
        factors: l.factors,
        nodes: l.nodes,
        polarity: l.polarity,
        relative: Array.from(l.relative),
        score: Array.from(l.score),
      }));
      io.stdout(`${JSON.stringify({ time: Array.from(d.time), loops: plain })}\n`);
    } else {
      io.stdout(
        toCsv([{ name: 'time', values: d.time }, ...loops.map((l) => ({ name: l.id, values: l.relative }))]),
      );
    }
    return 0;
  },
};
