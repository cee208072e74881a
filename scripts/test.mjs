// scripts/test.mjs: THE test command (`pnpm test`; CI's .ci/run calls the same).
// Runs every check in turn (build, typecheck, lint, format, dependency direction), each counting as one
// passed or failed test, then the test suites (vitest, later Playwright), whose counts come from their
// JSON reports. Streams all output, prints each step's outcome, and ends with exactly one line
// `N passed, N failed` (plus `, N skipped` when N > 0). Exits 1 if anything failed or no tests ran.
// Node built-ins only.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** Checks: each counts as 1 passed or 1 failed, by exit code. */
const checks = [
  { name: 'build', command: 'pnpm', args: ['build'] },
  { name: 'typecheck', command: 'pnpm', args: ['typecheck'] },
  { name: 'lint', command: 'pnpm', args: ['lint'] },
  { name: 'format', command: 'pnpm', args: ['format:check'] },
  { name: 'dependency direction', command: 'node', args: ['scripts/check-deps.mjs'] },
  {
    name: 'explorer type check (svelte-check)',
    command: 'pnpm',
    args: ['--filter', './explorer', 'run', 'check'],
  },
];

/** Test suites: counts are read from the JSON report that `reader` understands. */
const suites = [
  {
    name: 'unit tests (vitest)',
    command: 'pnpm',
    args: [
      'exec',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=.vitest-results.json',
    ],
    report: '.vitest-results.json',
    reader: 'vitest',
  },
  {
    name: 'end-to-end tests (playwright, Debian Chromium)',
    command: 'pnpm',
    args: ['--filter', './explorer', 'exec', 'playwright', 'test', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_FILE: resolve(root, '.playwright-results.json') },
    report: '.playwright-results.json',
    reader: 'playwright',
  },
];

/** JSON report -> { passed, failed, skipped }. */
const readers = {
  vitest(json) {
    // A file that failed without a failing test (it did not load, or a hook threw) counts as 1 failed.
    const brokenFiles = json.testResults.filter(
      (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
    );
    for (const file of brokenFiles) console.log(`  failed to run: ${file.name}: ${file.message}`);
    return {
      passed: json.numPassedTests,
      failed: json.numFailedTests + brokenFiles.length,
      skipped: json.numPendingTests + json.numTodoTests,
    };
  },
  playwright(json) {
    const { expected, unexpected, flaky, skipped } = json.stats;
    return { passed: expected + flaky, failed: unexpected, skipped };
  },
};

const total = { passed: 0, failed: 0, skipped: 0 };
const outcomes = [];

/** Runs one command with inherited stdio; returns its exit code (1 if it could not start). */
function run(step) {
  console.log(`\n=== ${step.name}: ${[step.command, ...step.args].join(' ')}`);
  const result = spawnSync(step.command, step.args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...step.env },
  });
  if (result.error) console.log(`  could not start: ${result.error.message}`);
  return result.status ?? 1;
}

function record(name, counts, note) {
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
  const outcome = counts.failed > 0 ? 'FAILED' : 'ok';
  const line = `${name}: ${outcome} (${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped)`;
  outcomes.push(note ? `${line}: ${note}` : line);
  console.log(`--- ${outcomes.at(-1)}`);
}

for (const check of checks) {
  const code = run(check);
  record(check.name, { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0 });
}

for (const suite of suites) {
  const reportPath = resolve(root, suite.report);
  rmSync(reportPath, { force: true });
  const code = run(suite);
  if (!existsSync(reportPath)) {
    record(suite.name, { passed: 0, failed: 1, skipped: 0 }, `exit code ${code}, no JSON report written`);
    continue;
  }
  const counts = readers[suite.reader](JSON.parse(readFileSync(reportPath, 'utf8')));
  let note = '';
  if (counts.passed + counts.failed + counts.skipped === 0) {
    counts.failed += 1;
    note = 'collected zero tests';
  } else if (code !== 0 && counts.failed === 0) {
    counts.failed += 1;
    note = `exit code ${code} although no test failed (unhandled error?)`;
  }
  record(suite.name, counts, note);
}

console.log('\n=== summary');
for (const outcome of outcomes) console.log(`  ${outcome}`);
const skipped = total.skipped > 0 ? `, ${total.skipped} skipped` : '';
console.log(`${total.passed} passed, ${total.failed} failed${skipped}`);
process.exitCode = total.failed > 0 ? 1 : 0;
