import { findLoops, type Loop } from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
import { flagValue, listingFormatFlag } from '../options.js';
import type { Command } from './command.js';

/** One loop as a line: `L1 reinforcing [building] a → b → a`. */
export function loopLine(loop: Loop): string {
  const path = [...loop.factors, loop.factors[0] ?? ''].join(' → ');
  return `${loop.id} ${loop.polarity} [${loop.mechanisms.join(', ')}] ${path}`;
}

/** `samenspel loops`: the feedback loops of the ICU model. */
export const loopsCommand: Command = {
  name: 'loops',
  summary: 'list the feedback loops of the ICU model',
  details: [
    'text: one line per loop ("L1 reinforcing [building] a → b → a"), then a count line.',
    'json: an array of { id, factors (in cycle order), edges, polarity, mechanisms }.',
  ].join('\n'),
  args: { positionals: [], flags: { format: listingFormatFlag } },
  examples: ['loops', 'loops --format json'],
  execute(args, io) {
    const loops = findLoops(icuNetworkModel);
    if (flagValue(args, 'format', listingFormatFlag) === 'json') {
      const plain = loops.map(({ id, factors, edges, polarity, mechanisms }) => ({
        id,
        factors,
        edges,
        polarity,
        mechanisms,
      }));
      io.stdout(`${JSON.stringify(plain)}\n`);
    } else {
      const reinforcing = loops.filter((l) => l.polarity === 'reinforcing').length;
      const lines = loops.map(loopLine);
      lines.push(
        `${loops.length} loops: ${reinforcing} reinforcing, ${loops.length - reinforcing} balancing`,
      );
      io.stdout(`${lines.join('\n')}\n`);
    }
    return Promise.resolve(0);
  },
};
