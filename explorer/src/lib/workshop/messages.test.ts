import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages } from '../i18n/messages/workshop.js';
import { WORKSHOP_STEPS } from './steps.js';

const here = import.meta.dirname;

describe('workshop messages', () => {
  it('have the same keys in Dutch and English, none empty', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.nl).sort());
    for (const text of [...Object.values(messages.nl), ...Object.values(messages.en)])
      expect(text.trim()).not.toBe('');
  });

  it('cover every key the workshop components name', () => {
    const used = new Set<string>();
    for (const file of readdirSync(here).filter((f) => f.endsWith('.svelte'))) {
      const source = readFileSync(resolve(here, file), 'utf8');
      for (const m of source.matchAll(/'(workshop\.[A-Za-z.]+)'/g)) if (m[1] !== undefined) used.add(m[1]);
    }
    for (const step of WORKSHOP_STEPS) {
      used.add(`workshop.step.${step}`);
      used.add(`workshop.intro.${step}`);
    }
    for (const code of ['required', 'invalidDate', 'unknownLever', 'noActions'])
      used.add(`workshop.problem.${code}`);
    expect(used.size).toBeGreaterThan(40);
    const missing = [...used].filter((k) => !(k in messages.nl));
    expect(missing).toEqual([]);
  });
});
