// Starts a Node pool worker from the TypeScript source (tests, scripts run with tsx): a worker
// thread does not take --import or --conditions from execArgv on node 20, so this registers, in the
// worker itself, a resolve hook adding the workspace's `@samenspel/source` condition and tsx's
// loader, then imports the worker script named in workerData. The built package never uses it.
import { register } from 'node:module';
import { workerData } from 'node:worker_threads';

const conditions = `export async function resolve(specifier, context, next) {
  return next(specifier, { ...context, conditions: [...context.conditions, '@samenspel/source'] });
}`;
register(`data:text/javascript,${encodeURIComponent(conditions)}`);
const { register: registerTsx } = await import('tsx/esm/api');
registerTsx();
await import(workerData.script);
