/**
 * Runs every check and test of the monorepo and ends with one plain line: `N passed, N failed`.
 *
 * Inputs: the workspace (after `pnpm install`). Steps: generated code up to date, spec lint, build, typecheck,
 * package lint (publint + attw), changeset check, type-checked code blocks, the docs site (built and checked in
 * Chromium), every package's vitest suite (JSON reports in `<package>/test-results.json`), then the packed tarballs
 * installed into a fresh consumer project.
 * Outputs: the steps' output on stdout, `test-summary.json` at the root, exit code 1 when anything failed.
 * Each vitest test counts once; each check step that is not a test suite (generate:check, lint, ...) counts once.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Step {
  readonly name: string;
  readonly command: string;
}

const root = join(import.meta.dirname, '..');
const suites = ['packages/core', 'packages/testing', 'packages/node', 'packages/browser', 'scripts', 'bench'];

const checks: Step[] = [
  { name: 'generated code is up to date', command: 'pnpm generate:check' },
  { name: 'spec lints clean', command: 'pnpm spec:lint' },
  { name: 'packages build', command: 'pnpm exec turbo run build' },
  { name: 'packages typecheck', command: 'pnpm exec turbo run typecheck --continue' },
  { name: 'packages pass publint and attw', command: 'pnpm exec turbo run lint --continue' },
  { name: 'spec or package changes carry a changeset', command: 'pnpm changeset:check' },
  { name: 'code blocks and @example snippets type-check', command: 'pnpm check:code-blocks' },
  { name: 'docs site builds', command: 'pnpm exec typedoc' },
  { name: 'docs site renders, search works, no broken link', command: 'pnpm docs:check' },
];

const after: Step[] = [
  { name: 'packed tarballs install and run in a fresh consumer project', command: 'pnpm pack:smoke' },
];

function run(step: Step): boolean {
  process.stdout.write(`\n=== ${step.name}: ${step.command}\n`);
  const result = spawnSync(step.command, { cwd: root, stdio: 'inherit', shell: true, env: process.env });
  const ok = result.status === 0;
  process.stdout.write(`=== ${ok ? 'ok' : 'FAILED'}: ${step.name}\n`);
  return ok;
}

let passed = 0;
let failed = 0;
const failures: string[] = [];

for (const suite of suites) rmSync(join(root, suite, 'test-results.json'), { force: true });

for (const step of checks) {
  if (run(step)) passed += 1;
  else {
    failed += 1;
    failures.push(step.name);
  }
}

const testsOk = run({ name: 'test suites', command: 'pnpm exec turbo run test --continue --force --concurrency=1' });

for (const step of after) {
  if (run(step)) passed += 1;
  else {
    failed += 1;
    failures.push(step.name);
  }
}

for (const suite of suites) {
  const file = join(root, suite, 'test-results.json');
  if (!existsSync(file)) {
    if (existsSync(join(root, suite, 'package.json'))) {
      failed += 1;
      failures.push(`${suite}: no test report (the suite did not run)`);
    }
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests?: number;
    numTodoTests?: number;
    testResults?: { status: string; name: string; message?: string; assertionResults?: unknown[] }[];
  };
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // A test file that fails to load has no assertion results: count it as a failure.
  for (const file of report.testResults ?? []) {
    if (file.status === 'failed' && (file.assertionResults?.length ?? 0) === 0) {
      failed += 1;
      failures.push(`${suite}: ${file.name} failed to load`);
    }
  }
  if (report.numFailedTests > 0) failures.push(`${suite}: ${report.numFailedTests} failing test(s)`);
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  if (skipped > 0) process.stdout.write(`note: ${suite} has ${skipped} skipped test(s); they are not counted as passed\n`);
}
if (!testsOk && failed === 0) {
  failed += 1;
  failures.push('test suites exited with an error');
}

const summary = { passed, failed, failures };
writeFileSync(join(root, 'test-summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
if (failures.length > 0) process.stdout.write(`\nFailures:\n${failures.map((f) => `- ${f}`).join('\n')}\n`);
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
