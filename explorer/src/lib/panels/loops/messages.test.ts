import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages as leverMessages } from '../../i18n/messages/levers.js';
import { messages as loopMessages } from '../../i18n/messages/loops.js';

const here = import.meta.dirname;
const sources = [
  join(here, '..', 'LoopsPanel.svelte'),
  join(here, '..', 'LeversPanel.svelte'),
  ...['loops', 'levers'].flatMap((dir) =>
    readdirSync(join(here, '..', dir))
      .filter((f) => f.endsWith('.svelte') || (f.endsWith('.ts') && !f.endsWith('.test.ts')))
      .map((f) => join(here, '..', dir, f)),
  ),
];
const used = new Set(
  sources.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/'((?:loops|levers)\.[\w.]+)'/g)].map((m) => m[1] ?? ''),
  ),
);

describe.each([
  ['loops', loopMessages],
  ['levers', leverMessages],
])('%s messages', (area, messages) => {
  it('say the same things in Dutch and English, every key prefixed by the area', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.nl).sort());
    for (const key of Object.keys(messages.nl)) expect(key.startsWith(`${area}.`)).toBe(true);
  });

  it('are all used by the panels', () => {
    for (const key of Object.keys(messages.nl)) expect(used, key).toContain(key);
  });
});

describe('the panels', () => {
  it('use only keys that exist', () => {
    const known = new Set([...Object.keys(loopMessages.nl), ...Object.keys(leverMessages.nl)]);
    for (const key of used) expect(known, key).toContain(key);
  });
});
