// Compiles an XMILE document with SDEverywhere (JavaScript output) and runs it in this process.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseAndGenerate, resetState } from '@sdeverywhere/compile';
import { createSynchronousModelRunner, type JsModel, type Outputs } from '@sdeverywhere/runtime';

/** A model compiled by SDEverywhere, ready to run repeatedly. */
export interface SdeModel {
  /** Runs the model once (Euler, the document's dt) and returns its outputs. */
  run(): Outputs;
  /** Runs once and returns each output variable's series, by the XMILE name asked for. */
  series(): Record<string, Float64Array>;
}

/**
 * Compiles `xmile` with SDEverywhere's code generator to a JavaScript module (written to a
 * temporary folder, which is removed again), loads it and wraps it in a synchronous runner.
 * `outputs` are XMILE variable names.
 */
export async function compileWithSde(xmile: string, outputs: readonly string[]): Promise<SdeModel> {
  const dir = mkdtempSync(join(tmpdir(), 'samenspel-sde-'));
  try {
    // XMILE treats `_` and a space alike; SDEverywhere's listing wants the spaced spelling.
    const spec = { inputVarNames: [], outputVarNames: outputs.map((name) => name.replace(/_/g, ' ')) };
    // The compiler keeps the last model in module state: without a reset a second model mixes with the first.
    resetState();
    const code = await parseAndGenerate(xmile, 'xmile', spec, ['generateJS'], dir, 'model', dir);
    const file = join(dir, 'model.js');
    writeFileSync(file, code);
    const module = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as {
      default: () => Promise<JsModel>;
    };
    const runner = createSynchronousModelRunner(await module.default());
    const out = runner.createOutputs();
    if (runner.runModelSync === undefined) throw new Error('SDEverywhere runner cannot run synchronously');
    const run = (): Outputs => {
      const result = runner.runModelSync?.([], out);
      if (result === undefined) throw new Error('SDEverywhere runner cannot run synchronously');
      return result;
    };
    return {
      run,
      series() {
        const result = run();
        return Object.fromEntries(
          outputs.map((name, k) => {
            const points = result.varSeries[k]?.points ?? [];
            return [name, Float64Array.from(points, (p) => p.y)];
          }),
        );
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
