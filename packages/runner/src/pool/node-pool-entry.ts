/**
 * `@samenspel/runner/node-pool`: the run pool over Node `worker_threads`, apart from the main entry
 * so that browser bundles never see `node:` imports.
 */
export { createNodePool, type NodePoolOptions } from './node-pool.js';
export type { RunPool, MonteCarloJob } from './run-pool.js';
