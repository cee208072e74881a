import { createDirectExplorerRunner, type ExplorerRunner } from './explorer-runner.js';

/** The runner the explorer uses (a Web Worker runner once available; same-thread for now). */
export function createExplorerRunner(): ExplorerRunner {
  return createDirectExplorerRunner();
}
