import { monteCarlo, spreadAround } from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../io.js';
import { main } from '../main.js';

/** Runs the CLI in-process with in-memory files that commands can also write. */
async function cli(argv: string[], files: Map<string, string>, extra: Partial<CliIo> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readFile: (path) => {
      const text = files.get(path);
      return text === undefined
        ? Promise.reject(Object.assign(new Error('no'), { code: 'ENOENT' }))
        : Promise.resolve(text);
    },
    readStdin: () => Promise.resolve(''),
    writeFile: (path, text) => {
      files.set(path, text);
      return Promise.resolve();
    },
    ...extra,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const scenario = { initial: { trust: 0.35, collectiveIntelligence: 0.35 }, inputs: { externalContext: 0.6 } };
const spec = {
  initial: { trust: { kind: 'uniform', min: 0.1, max: 0.7 } },
  parameters: { resultsVisibility: { kind: 'triangular', min: 0.1, mode: 0.3, max: 0.6 } },
  inputs: { externalContext: { kind: 'normal', mean: 0.6, sd: 0.15, min: 0.2, max: 1 } },
};
const files = () =>
  new Map([
    ['s.json', JSON.stringify(scenario)],
    ['spec.json', JSON.stringify(spec)],
  ]);
const common = [
  'montecarlo',
  's.json',
  '--spec',
  'spec.json',
  '--runs',
  '60',
  '--seed',
  '5',
  '--every',
  '12',
];

describe('samenspel montecarlo', () => {
  it('prints a row per factor and month with the percentiles the core computes, and the share on stderr', async () => {
    const { code, stdout, stderr } = await cli(
      [...common, '--workers', '0', '--vary-initial', '0.1'],
      files(),
    );
    expect(code).toBe(0);
    const want = monteCarlo(icuNetworkModel, scenario, {
      runs: 60,
      seed: 5,
      saveEvery: 12,
      pattern: 'collaborationTakesOff',
      spec: {
        parameters: { ...spec.parameters },
        initial: { ...spreadAround(icuNetworkModel, scenario, 0.1, 0).initial, ...spec.initial },
        inputs: spec.inputs,
      } as never,
    });
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('factor,month,p5,p25,p50,p75,p95');
    expect(lines).toHaveLength(1 + 12 * 6);
    const trust = want.bands.find((b) => b.variable === 'trust');
    expect(lines[1 + 11 * 0]).toBe(
      `${want.bands[0]?.variable},0,${[want.bands[0]?.p5[0], want.bands[0]?.p25[0], want.bands[0]?.p50[0], want.bands[0]?.p75[0], want.bands[0]?.p95[0]].join(',')}`,
    );
    const trustRow = lines.find((l) => l.startsWith('trust,60,'));
    expect(trustRow).toBe(
      `trust,60,${[trust?.p5[5], trust?.p25[5], trust?.p50[5], trust?.p75[5], trust?.p95[5]].join(',')}`,
    );
    expect(stderr).toBe(
      `collaborationTakesOff: ${want.present} of 60 runs (${(100 * want.share).toFixed(1)} %)\n`,
    );
  });

  it('prints the same with 1 and with 2 worker threads', async () => {
    const one = await cli([...common, '--workers', '1', '--format', 'json'], files());
    const two = await cli([...common, '--workers', '2', '--format', 'json'], files());
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const parsed = JSON.parse(one.stdout) as { runs: number; bands: unknown[]; share: number };
    expect(parsed.runs).toBe(60);
    expect(parsed.bands).toHaveLength(12);
  }, 120_000);

  it('writes shard files that "samenspel merge" turns into exactly the unsharded output', async () => {
    const fs = files();
    const whole = await cli([...common, '--workers', '0'], fs);
    for (const i of [1, 2, 3]) {
      const r = await cli([...common, '--workers', '0', '--shard', `${i}/3`, '--out', `part${i}.json`], fs);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('');
    }
    const merged = await cli(['merge', 'part3.json', 'part1.json', 'part2.json'], fs);
    expect(merged.code).toBe(0);
    expect(merged.stdout).toBe(whole.stdout);
    expect(merged.stderr).toBe(whole.stderr);
    const json = await cli(['merge', 'part1.json', 'part2.json', 'part3.json', '--format', 'json'], fs);
    expect(json.stdout).toBe((await cli([...common, '--workers', '0', '--format', 'json'], fs)).stdout);
  });

  it('names missing shards, doubled shards and shards of another study', async () => {
    const fs = files();
    for (const [i, seed] of [
      [1, '5'],
      [2, '5'],
      [3, '6'],
    ] as const) {
      await cli(
        [...common, '--seed', seed, '--workers', '0', '--shard', `${i}/3`, '--out', `p${i}.json`],
        fs,
      );
    }
    expect((await cli(['merge', 'p1.json'], fs)).stderr).toMatch(/only runs 0–19/);
    expect((await cli(['merge', 'p1.json', 'p1.json', 'p2.json'], fs)).stderr).toMatch(/overlap/);
    expect((await cli(['merge', 'p1.json', 'p2.json', 'p3.json'], fs)).stderr).toMatch(/different studies/);
    expect((await cli(['merge', 's.json'], fs)).stderr).toMatch(/s\.json: not a shard file/);
  });

  it('refuses bad options with a message naming the flag or field', async () => {
    const run = async (args: string[]) =>
      (await cli(['montecarlo', 's.json', '--workers', '0', ...args], files())).stderr;
    expect(await run([])).toMatch(/nothing is uncertain/);
    expect(await run(['--spec', 'spec.json', '--shard', '4/3'])).toMatch(/--shard/);
    expect(await run(['--spec', 'spec.json', '--shard', 'x'])).toMatch(/i\/n/);
    expect(await run(['--spec', 'spec.json', '--runs', '0'])).toMatch(/runs/);
    expect(await run(['--vary-initial', '2'])).toBe('error: --vary-initial must be between 0 and 1, got 2\n');
    expect(await run(['--vary-parameters', '-1'])).toBe(
      'error: --vary-parameters must be 0 or more, got -1\n',
    );
    expect(await run(['--vary-initial', '0.1', '--workers', '-1'])).toBe(
      'error: --workers must be 0 or more, got -1\n',
    );
    expect(await run(['--vary-initial', '0.1', '--runs', '1000000000'])).toMatch(
      /^error: the study would keep \d+ values \(1000000000 runs × 12 variables × 61 saved months\), more than \d+; record fewer variables/,
    );
    expect(await run(['--spec', 'spec.json', '--pattern', 'ghost'])).toMatch(/ghost/);
    const bad = files();
    bad.set('spec.json', JSON.stringify({ initial: { trust: { kind: 'uniform', min: 0, max: 2 } } }));
    expect((await cli(['montecarlo', 's.json', '--spec', 'spec.json'], bad)).stderr).toMatch(
      /initial\.trust: the bounds/,
    );
  });

  it('stops on Ctrl-C with exit code 130 and writes nothing', async () => {
    const controller = new AbortController();
    let progressed = false;
    const r = await cli([...common, '--runs', '5000', '--workers', '0', '--progress'], files(), {
      listenForInterrupt: () => ({ signal: controller.signal, release: () => undefined }),
      stderr: (t) => {
        if (!progressed && t.includes('montecarlo:')) {
          progressed = true;
          controller.abort();
        }
      },
    });
    expect(progressed).toBe(true);
    expect(r.code).toBe(130);
    expect(r.stdout).toBe('');
  });
});
