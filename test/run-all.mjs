#!/usr/bin/env node
// Runs the unit/component tests (vitest) and the browser tests (Playwright), streaming their output, then
// prints one plain summary line ("57 passed, 0 failed") summed from their JSON reports.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reports = join(root, 'reports');
const unitReport = join(reports, 'unit.json');
const e2eReport = join(reports, 'e2e.json');

function run(label, args) {
  console.log(`\n== ${label}: npx ${args.join(' ')}`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npx', args, { cwd: root, stdio: 'inherit', env: process.env });
    child.on('error', (error) => {
      console.error(`${label} could not start: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code, signal) => {
      console.log(`== ${label} finished in ${((Date.now() - started) / 1000).toFixed(1)} s (exit ${signal ?? code})`);
      resolve(code ?? 1);
    });
  });
}

function readJson(path) {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

// Stale reports from an earlier run must never count.
rmSync(unitReport, { force: true });
rmSync(e2eReport, { force: true });
mkdirSync(reports, { recursive: true });

const unitExit = await run('unit', [
  'vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/unit.json',
]);
const e2eExit = await run('e2e', ['playwright', 'test', '-c', 'test/e2e/playwright.config.ts']);

let passed = 0;
let failed = 0;
let skipped = 0;
const problems = [];

const unit = readJson(unitReport);
if (unit === null) {
  problems.push('reports/unit.json is missing or unreadable');
} else {
  passed += unit.numPassedTests ?? 0;
  failed += unit.numFailedTests ?? 0;
  skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
  // A file that fails to load (syntax error, missing module) has no tests but is a failure.
  const brokenSuites = (unit.testResults ?? []).filter((file) => file.status === 'failed' && (file.assertionResults ?? []).length === 0).length;
  if (brokenSuites > 0) problems.push(`${brokenSuites} unit test file(s) failed to run`);
  failed += brokenSuites;
}

const e2e = readJson(e2eReport);
if (e2e === null) {
  problems.push('reports/e2e.json is missing or unreadable');
} else {
  const stats = e2e.stats ?? {};
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  failed += stats.unexpected ?? 0;
  skipped += stats.skipped ?? 0;
  if ((e2e.errors ?? []).length > 0) problems.push(`Playwright reported ${e2e.errors.length} error(s) outside tests`);
}

if (unitExit !== 0) problems.push(`vitest exited with ${unitExit}`);
if (e2eExit !== 0) problems.push(`playwright exited with ${e2eExit}`);
if (passed + failed === 0) problems.push('no tests ran');

for (const problem of problems) console.log(`problem: ${problem}`);
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || problems.length > 0 ? 1 : 0);
