#!/usr/bin/env node
// Runs every check of the project in order, streaming their output:
//   lint → typecheck → unit tests (Vitest) → production build → initial JS budget (300 KB gzip)
//   → end-to-end tests (Playwright). Lint, typecheck, build or budget failing stops the run. The last line printed is always
// "N passed, N failed" (unit + e2e tests added up). Exit code 0 only when everything
// passed and at least one test ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, '.test-output');
const unitReport = path.join(outDir, 'unit.json');
const e2eReport = path.join(outDir, 'e2e.json');

process.chdir(root);
mkdirSync(outDir, { recursive: true });
// A stale report must never count for this run.
rmSync(unitReport, { force: true });
rmSync(e2eReport, { force: true });

const env = { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
const isWindows = process.platform === 'win32';

/** Runs a command with inherited stdio; returns its exit code (1 when it could not start). */
function run(label, cmd, args) {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env, shell: isWindows });
  const code = result.error ? 1 : (result.status ?? 1);
  if (result.error) console.error(`${label}: could not start: ${result.error.message}`);
  if (result.signal) console.error(`${label}: killed by ${result.signal}`);
  console.log(`=== ${label}: ${code === 0 ? 'ok' : `failed (exit ${code})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return code;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Vitest's JSON reporter writes Jest-style totals. */
function unitCounts(exitCode) {
  const report = existsSync(unitReport) ? readJson(unitReport) : null;
  if (!report) return { passed: 0, failed: 1, note: 'unit: no report (runner crashed?)' };
  const passed = Number(report.numPassedTests) || 0;
  let failed = Number(report.numFailedTests) || 0;
  // Unhandled errors or failing suites (e.g. an import error) fail the run without failing a test.
  if (exitCode !== 0 && failed === 0) failed = Math.max(1, Number(report.numFailedTestSuites) || 0);
  return { passed, failed };
}

/** Playwright's JSON reporter: stats.expected / unexpected / flaky / skipped. */
function e2eCounts(exitCode) {
  const report = existsSync(e2eReport) ? readJson(e2eReport) : null;
  if (!report || !report.stats) return { passed: 0, failed: 1, note: 'e2e: no report (runner crashed?)' };
  const passed = (Number(report.stats.expected) || 0) + (Number(report.stats.flaky) || 0);
  let failed = Number(report.stats.unexpected) || 0;
  // Global errors (web server did not start, a test file did not load) fail the run without a failed test.
  if (exitCode !== 0 && failed === 0) failed = Math.max(1, Array.isArray(report.errors) ? report.errors.length : 0);
  return { passed, failed };
}

function finish(passed, failed, ok) {
  const success = ok && failed === 0 && passed > 0;
  if (ok && failed === 0 && passed === 0) console.error('No tests ran: that counts as a failure.');
  // Must stay the very last line.
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(success ? 0 : 1);
}

let passed = 0;
let failed = 0;

const gate = (label, cmd, args) => {
  const code = run(label, cmd, args);
  if (code !== 0) {
    console.error(`\n${label} failed: stopping.`);
    finish(passed, failed + 1, false);
  }
};

gate('lint', 'npm', ['run', 'lint']);
gate('typecheck', 'npm', ['run', 'typecheck']);

const unitExit = run('unit tests', 'npx', [
  'vitest', 'run', '--passWithNoTests',
  '--reporter=default', '--reporter=json', `--outputFile=${path.relative(root, unitReport)}`,
]);
const unit = unitCounts(unitExit);
if (unit.note) console.error(unit.note);
passed += unit.passed;
failed += unit.failed;

gate('build', 'npx', ['vite', 'build']);
gate('bundle budget', 'node', ['scripts/bundle-size.mjs', 'dist']);

const e2eExit = run('e2e tests', 'npx', ['playwright', 'test']);
const e2e = e2eCounts(e2eExit);
if (e2e.note) console.error(e2e.note);
passed += e2e.passed;
failed += e2e.failed;

console.log(`\nunit: ${unit.passed} passed, ${unit.failed} failed; e2e: ${e2e.passed} passed, ${e2e.failed} failed`);
finish(passed, failed, unitExit === 0 && e2eExit === 0);
