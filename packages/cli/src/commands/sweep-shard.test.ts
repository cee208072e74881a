import { describe, expect, it } from 'vitest';
import { runCli } from '../test-support/run-cli.js';

const scenario = { inputs: { externalContext: 0.6 } };
const oneD = ['--x', 'initial.*:0:1:7'];
const twoD = ['--x', 'initial.*:0.2:1:4', '--y', 'inputs.externalContext:0.3:0.9:5'];

/** Runs `sweep` with `axes` whole and in 3 shards; returns the whole output and the shard files. */
async function shardsOf(axes: string[], extra: string[] = []) {
  const files: Record<string, string> = { 's.json': JSON.stringify(scenario) };
  const shards: string[] = [];
  for (const i of [1, 2, 3]) {
    const r = await runCli(['sweep', 's.json', ...axes, ...extra, '--shard', `${i}/3`], { files });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`^shard ${i}/3: `));
    files[`part${i}.json`] = r.stdout;
    shards.push(`part${i}.json`);
  }
  return { files, shards };
}

describe('samenspel sweep --shard and merge', () => {
  for (const [label, axes] of [
    ['1-D', oneD],
    ['2-D', twoD],
  ] as const) {
    it(`merges 3 shards of a ${label} sweep into exactly the unsharded csv and json`, async () => {
      const { files } = await shardsOf([...axes]);
      for (const format of ['csv', 'json']) {
        const whole = await runCli(['sweep', 's.json', ...axes, '--format', format], { files });
        expect(whole.code).toBe(0);
        const merged = await runCli(['merge', 'part3.json', 'part1.json', 'part2.json', '--format', format], {
          files,
        });
        expect(merged.stderr).toBe('');
        expect(merged.code).toBe(0);
        expect(merged.stdout).toBe(whole.stdout);
      }
    }, 60_000);
  }

  it('merges shards without a pattern (no present or tipping columns) to the same output', async () => {
    const extra = ['--pattern', 'none', '--outcome', 'final:trust'];
    const { files } = await shardsOf(twoD, extra);
    const whole = await runCli(['sweep', 's.json', ...twoD, ...extra], { files });
    const merged = await runCli(['merge', 'part1.json', 'part2.json', 'part3.json'], { files });
    expect(merged.stdout).toBe(whole.stdout);
    expect(whole.stdout.split('\n')[0]).toBe('initial.*,inputs.externalContext,final.trust');
  }, 60_000);

  it('refuses a missing, doubled or foreign shard, naming the file', async () => {
    const { files } = await shardsOf(oneD);
    const other = await runCli(['sweep', 's.json', '--x', 'initial.*:0:1:8', '--shard', '3/3'], { files });
    files['other.json'] = other.stdout;
    const merge = async (...names: string[]) => runCli(['merge', ...names], { files });
    const missing = await merge('part1.json', 'part3.json');
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/shard missing: 2\/3/);
    const doubled = await merge('part1.json', 'part2.json', 'part2.json', 'part3.json');
    expect(doubled.stderr).toMatch(/part2\.json: shard 2\/3 is given twice/);
    const foreign = await merge('part1.json', 'part2.json', 'other.json');
    expect(foreign.stderr).toMatch(
      /other\.json: a shard of a different sweep than part1\.json \(its x differs\)/,
    );
    files['cut.json'] = JSON.stringify({ ...JSON.parse(files['part2.json'] ?? ''), values: [1] });
    expect((await merge('part1.json', 'cut.json', 'part3.json')).stderr).toMatch(
      /cut\.json: its numbers do not fit/,
    );
    files['mc.json'] = '{"format":"samenspel-montecarlo-shard"}';
    expect((await merge('part1.json', 'mc.json')).stderr).toMatch(/mc\.json: not a sweep shard file/);
  }, 60_000);

  it('refuses a bad --shard value', async () => {
    const files = { 's.json': JSON.stringify(scenario) };
    const run = async (...args: string[]) => {
      const r = await runCli(['sweep', 's.json', ...args], { files });
      expect(r.code).not.toBe(0);
      return r.stderr;
    };
    expect(await run(...oneD, '--shard', 'x')).toMatch(/--shard: 'x' is not of the form i\/n/);
    expect(await run(...oneD, '--shard', '0/3')).toMatch(/--shard: 0\/3 needs 1 ≤ i ≤ n ≤ 7/);
    expect(await run(...oneD, '--shard', '4/3')).toMatch(/--shard/);
    expect(await run(...twoD, '--shard', '1/6')).toMatch(/≤ 5, the number of y values/);
  });
});
