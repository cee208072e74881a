import { readFile, writeFile } from 'node:fs/promises';
import type { CliIo } from './io.js';

/**
 * The real {@link CliIo}: `process.stdout`/`process.stderr`, files from disk, `process.stdin`. When
 * the reader of standard output goes away (`samenspel run x.json | head`), the EPIPE error is
 * swallowed and further output dropped, so the command ends quietly instead of crashing.
 */
export function createNodeIo(): CliIo {
  let stdoutClosed = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    stdoutClosed = true;
    if (error.code !== 'EPIPE') {
      process.stderr.write(`error: cannot write to standard output: ${error.message}\n`);
      process.exitCode = 1;
    }
  });
  return {
    stdout: (text) => {
      if (!stdoutClosed) process.stdout.write(text);
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
    readFile: (path) => readFile(path, 'utf8'),
    writeFile: (path, text) => writeFile(path, text, 'utf8'),
    stderrIsTTY: process.stderr.isTTY,
    listenForInterrupt: () => {
      const controller = new AbortController();
      const onInterrupt = () => {
        controller.abort();
      };
      process.on('SIGINT', onInterrupt);
      return { signal: controller.signal, release: () => process.off('SIGINT', onInterrupt) };
    },
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
  };
}
