/**
 * @packageDocumentation
 * `@samenspel/cli`: the `samenspel` command line. {@link main} runs it against any {@link CliIo}
 * (so it can be tested without spawning a process); {@link createNodeIo} gives the real one.
 */
export { main } from './main.js';
export type { CliIo } from './io.js';
export { createNodeIo } from './node-io.js';
export { CliError } from './errors.js';
export type { Command } from './commands/command.js';
export { commands, findCommand } from './commands/registry.js';
export { loadScenario, type ScenarioOverrides } from './scenario/load-scenario.js';
export { resultToCsv } from './format/result-csv.js';
