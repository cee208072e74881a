import { icuNetworkModel, leverTexts } from '@samenspel/icu-model';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test-support/run-cli.js';

const levers = icuNetworkModel.levers;

describe('samenspel levers', () => {
  it('prints every lever in Dutch by default', async () => {
    const { code, stdout } = await runCli(['levers']);
    expect(code).toBe(0);
    for (const lever of levers) {
      expect(stdout).toContain(`${lever.id} — ${lever.label.nl}`);
      expect(stdout).toContain(lever.description.nl);
      expect(stdout).toContain(lever.source.quote);
      expect(stdout).not.toContain(lever.description.en);
    }
    expect(stdout).toContain('Begin klein');
    expect(stdout).toContain('Effecten');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(`${String(levers.length)} hefbomen`);
  });

  it('prints English with --lang en', async () => {
    const { code, stdout } = await runCli(['levers', '--lang', 'en']);
    expect(code).toBe(0);
    for (const lever of levers) {
      expect(stdout).toContain(`${lever.id} — ${lever.label.en}`);
      expect(stdout).toContain(lever.description.en);
      expect(stdout).not.toContain(lever.description.nl);
    }
    expect(stdout).toContain(`startSmall — ${leverTexts.startSmall.label.en}`);
    expect(stdout).toContain('Effects');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(`${String(levers.length)} levers`);
  });

  it('--format json gives id, label, mechanism, description, effects and source in the chosen language', async () => {
    const nl = JSON.parse((await runCli(['levers', '--format', 'json'])).stdout);
    const en = JSON.parse((await runCli(['levers', '--format', 'json', '--lang', 'en'])).stdout);
    expect(nl).toHaveLength(levers.length);
    levers.forEach((lever, i) => {
      expect(nl[i]).toEqual({
        id: lever.id,
        label: lever.label.nl,
        mechanism: lever.mechanism,
        description: lever.description.nl,
        effects: lever.effects,
        source: lever.source,
      });
      expect(en[i].label).toBe(lever.label.en);
      expect(en[i].description).toBe(lever.description.en);
    });
  });

  it('refuses an unknown language', async () => {
    const { code, stderr } = await runCli(['levers', '--lang', 'de']);
    expect(code).toBe(1);
    expect(stderr).toContain("--lang: unknown value 'de'; use nl or en");
  });
});
