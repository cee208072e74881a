// Where does a region in doubt tip? A two-dimensional sweep and its tipping line:
//   pnpm example:tipping            (= pnpm exec tsx --conditions=@samenspel/source examples/tipping-sweep/run.ts)
// Prints the map in text, the least uniform start that takes off per external context, and the
// least value of each global parameter that tips the region as it is; writes output/map.csv and
// output/tipping-line.csv beside this file.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { sweep2dToCsv, type Scenario } from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
import { lineToCsv, report, tippingStudy } from './tipping.js';

const here = new URL('./', import.meta.url);
const region = JSON.parse(readFileSync(new URL('region.json', here), 'utf8')) as Scenario;
const study = tippingStudy(icuNetworkModel, region);
process.stdout.write(report(study));

const out = new URL('output/', here);
mkdirSync(out, { recursive: true });
writeFileSync(
  new URL('map.csv', out),
  sweep2dToCsv(study.map, {
    x: 'uniform_start',
    y: 'external_context',
    outcome: 'final_collective_intelligence',
    present: 'takes_off',
  }),
);
writeFileSync(new URL('tipping-line.csv', out), lineToCsv(study.line));
process.stdout.write(
  `\nwrote ${new URL('map.csv', out).pathname} and ${new URL('tipping-line.csv', out).pathname}\n`,
);
