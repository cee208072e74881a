import { describe, expect, it } from 'vitest';
import { runCli } from '../test-support/run-cli.js';

const scenario = { inputs: { externalContext: 0.6 }, initial: { trust: 0.4 } };
const common = ['sensitivity', 's.json', '--outcome', 'trust', '--month', '36', '--parameters', 'global'];

/** Writes shards 1…3 of `sensitivity` with `extra` options into the files it returns. */
async function shards(extra: string[] = [], name = 'part') {
  const files: Record<string, string> = { 's.json': JSON.stringify(scenario) };
  for (const i of [1, 2, 3]) {
    const r = await runCli([...common, ...extra, '--shard', `${i}/3`], { files });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`^shard ${i}/3: quantities `));
    files[`${name}${i}.json`] = r.stdout;
  }
  return files;
}

describe('samenspel sensitivity --shard and merge', () => {
  it('merges 3 shards into exactly the unsharded csv (with its baseline line), json and text', async () => {
    const files = await shards();
    for (const format of ['csv', 'json', 'text']) {
      const whole = await runCli([...common, '--format', format], { files });
      expect(whole.code).toBe(0);
      const merged = await runCli(['merge', 'part2.json', 'part3.json', 'part1.json', '--format', format], {
        files,
      });
      expect(merged.code).toBe(0);
      expect(merged.stdout).toBe(whole.stdout);
      expect(merged.stderr).toBe(whole.stderr);
    }
  }, 60_000);

  it('keeps --top: the merged rows are the top of all shards, not of one', async () => {
    const files = await shards(['--top', '3']);
    const whole = await runCli([...common, '--top', '3'], { files });
    const merged = await runCli(['merge', 'part1.json', 'part2.json', 'part3.json'], { files });
    expect(merged.stdout).toBe(whole.stdout);
    expect(merged.stdout.trim().split('\n')).toHaveLength(4);
  }, 60_000);

  it('refuses a missing, doubled or foreign shard and a bad --shard, naming the file or flag', async () => {
    const files = { ...(await shards()), ...(await shards(['--fraction', '0.2'], 'other')) };
    const merge = async (...names: string[]) => (await runCli(['merge', ...names], { files })).stderr;
    expect(await merge('part1.json', 'part3.json')).toMatch(/shard missing: 2\/3/);
    expect(await merge('part1.json', 'part1.json')).toMatch(/part1\.json: shard 1\/3 is given twice/);
    expect(await merge('part1.json', 'part2.json', 'other3.json')).toMatch(
      /other3\.json: a shard of a different study than part1\.json \(its span differs\)/,
    );
    expect(await merge('part1.json', 'part2.json', 'part3.json', '--format', 'x')).toMatch(/--format/);
    const bad = async (shard: string) => (await runCli([...common, '--shard', shard], { files })).stderr;
    expect(await bad('1-3')).toMatch(/--shard: '1-3' is not of the form i\/n/);
    expect(await bad('1/999')).toMatch(/--shard: 1\/999 needs 1 ≤ i ≤ n ≤ \d+, the number of quantities/);
  }, 60_000);
});
