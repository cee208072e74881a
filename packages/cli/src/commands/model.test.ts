import { icuNetworkModel } from '@samenspel/icu-model';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test-support/run-cli.js';

describe('samenspel model', () => {
  it('--format json prints the model definition itself, every link with its source quote', async () => {
    const { code, stdout } = await runCli(['model', '--format', 'json']);
    expect(code).toBe(0);
    const model = JSON.parse(stdout);
    expect(model).toEqual(JSON.parse(JSON.stringify(icuNetworkModel)));
    expect(model.links.length).toBeGreaterThan(0);
    for (const link of model.links) {
      expect(typeof link.source.quote).toBe('string');
      expect(link.source.quote.length).toBeGreaterThan(0);
      expect(typeof link.source.file).toBe('string');
      expect(typeof link.source.section).toBe('string');
    }
  });

  it('prints factors, links with quotes and mechanisms as text by default', async () => {
    const { code, stdout } = await runCli(['model']);
    expect(code).toBe(0);
    expect(stdout).toContain(`Factors (${String(icuNetworkModel.factors.length)})`);
    expect(stdout).toContain(`Links (${String(icuNetworkModel.links.length)})`);
    expect(stdout).toContain(`Mechanisms (${String(icuNetworkModel.mechanisms.length)})`);
    for (const f of icuNetworkModel.factors) expect(stdout).toContain(`  ${f.id} `);
    for (const l of icuNetworkModel.links) {
      expect(stdout).toContain(`  ${l.from} → ${l.to}  ${l.polarity}, weight ${String(l.weight)}`);
      expect(stdout).toContain(`"${l.source.quote}"`);
    }
    expect(stdout).toContain(icuNetworkModel.label.nl);
  });

  it('uses English labels with --lang en', async () => {
    const { stdout } = await runCli(['model', '--lang', 'en']);
    expect(stdout).toContain(icuNetworkModel.label.en);
    expect(stdout).not.toContain(icuNetworkModel.label.nl);
  });
});
