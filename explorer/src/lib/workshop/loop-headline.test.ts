import type { MechanismCard } from '../panels/loops/loop-summary.js';
import { describe, expect, it } from 'vitest';
import { loopHeadline } from './loop-headline.js';

const card = (label: string, status: MechanismCard['status'], since: number): MechanismCard => ({
  id: label,
  label,
  description: '',
  status,
  since,
  level: 0.5,
  dominantLoop: null,
  segments: [],
  advice: [],
});

describe('loopHeadline', () => {
  it('names the stalling mechanisms and those that took off only later, in card order', () => {
    const h = loopHeadline([
      card('Context', 'reinforcing', 0),
      card('Bouwen', 'stalling', 3),
      card('Netwerk', 'reinforcing', 16),
      card('Resultaten', 'stalling', 0),
    ]);
    expect(h.stalling).toEqual(['Bouwen', 'Resultaten']);
    expect(h.late).toEqual([{ label: 'Netwerk', since: 16 }]);
  });

  it('is empty when everything reinforces from the start', () => {
    expect(loopHeadline([card('Context', 'reinforcing', 0)])).toEqual({ stalling: [], late: [] });
  });
});
