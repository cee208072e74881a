#!/usr/bin/env node
// The `samenspel` command line: runs the built CLI (packages/cli/dist, compiled from src/) with the
// real process streams. Prints a one-line hint and exits 1 when the build output is missing.
import { existsSync } from 'node:fs';

const hint = 'run "pnpm build" first';
const entry = new URL('../dist/main.js', import.meta.url);

if (!existsSync(entry)) {
  process.stderr.write(`samenspel: packages/cli/dist/main.js is missing; ${hint}\n`);
  process.exit(1);
}

let cli;
try {
  const [{ main }, { createNodeIo }] = await Promise.all([
    import(entry.href),
    import(new URL('../dist/node-io.js', import.meta.url).href),
  ]);
  cli = { main, createNodeIo };
} catch (error) {
  // A workspace package it imports (@samenspel/core, @samenspel/icu-model) has not been built.
  if (error?.code === 'ERR_MODULE_NOT_FOUND') {
    process.stderr.write(`samenspel: ${String(error.message).split('\n')[0]}; ${hint}\n`);
    process.exit(1);
  }
  throw error;
}

process.exitCode = await cli.main(process.argv.slice(2), cli.createNodeIo());
