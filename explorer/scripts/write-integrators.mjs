// Writes the ICU model's precompiled integrators (the straight-line code that @samenspel/core would
// otherwise compile with new Function, which the explorer's CSP forbids) to
// src/lib/sim/icu-integrators.generated.js. Run after a model or engine change:
//   pnpm explorer:integrators
// The unit test src/lib/sim/precompiled.test.ts fails while the checked-in file is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateIntegratorModule } from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
import { format, resolveConfig } from 'prettier';

const file = fileURLToPath(new URL('../src/lib/sim/icu-integrators.generated.js', import.meta.url));
const options = (await resolveConfig(file)) ?? {};
const text = await format(generateIntegratorModule(icuNetworkModel, ['rk4', 'euler']), {
  ...options,
  filepath: file,
});
writeFileSync(file, text);
console.log(`wrote ${file} (${String(text.length)} characters)`);
