// A sensitivity study of a region in doubt (about half of its near neighbours take off):
//   pnpm example:sensitivity            (= pnpm exec tsx --conditions=@samenspel/source examples/sensitivity-study/run.ts)
// 1. a one-at-a-time tornado of every parameter and initial level on collective intelligence at
//    month 36; 2. a Monte Carlo study (2,000 runs on worker threads) varying everything a little and
//    the three most influential parameters more. Prints a report and writes output/tornado.csv and
//    output/bands.csv beside this file.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { summariseMonteCarlo, type Scenario } from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
import { createNodePool } from '@samenspel/runner/node-pool';
import { report, studyOptions, studySpec, tornado } from './study.js';

const here = new URL('./', import.meta.url);
const region = JSON.parse(readFileSync(new URL('region.json', here), 'utf8')) as Scenario;
const runs = Number(process.argv[2] ?? 2000);

const result = tornado(icuNetworkModel, region);
const pool = createNodePool({ workers: 2 });
let mc;
try {
  const part = await pool.monteCarlo({
    model: icuNetworkModel,
    base: region,
    options: studyOptions(studySpec(icuNetworkModel, region, result), runs),
  });
  mc = summariseMonteCarlo(part);
} finally {
  pool.dispose();
}
process.stdout.write(report(result, mc));

const out = new URL('output/', here);
mkdirSync(out, { recursive: true });
const tornadoCsv = [
  'kind,id,base,low,high,outcome_low,outcome_high,swing',
  ...result.rows.map((r) =>
    [r.kind, r.id, r.base, r.low, r.high, r.outcomeLow, r.outcomeHigh, r.swing].join(','),
  ),
].join('\n');
writeFileSync(new URL('tornado.csv', out), `${tornadoCsv}\n`);
const band = mc.bands[0];
const bandsCsv = [
  'month,p5,p25,p50,p75,p95',
  ...Array.from(mc.months, (m, k) =>
    [m, band?.p5[k], band?.p25[k], band?.p50[k], band?.p75[k], band?.p95[k]].join(','),
  ),
].join('\n');
writeFileSync(new URL('bands.csv', out), `${bandsCsv}\n`);
process.stdout.write(
  `\nwrote ${new URL('tornado.csv', out).pathname} and ${new URL('bands.csv', out).pathname}\n`,
);
