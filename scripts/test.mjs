// `npm test`: installs what is missing, then runs everything a change must pass: typecheck, lint,
// format, unit and component tests, both store builds, web-ext lint and the real-browser tests.
// It ends with one line `N passed, N failed` (tests counted one by one, other checks one each).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureInstall } from './harness/ensure-install.mjs';
import { findChromium } from './harness/find-chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const reports = resolve(root, 'reports');
mkdirSync(reports, { recursive: true });

let passed = 0;
let failed = 0;
const summary = [];

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function check(name, command, args) {
  console.log(`\n▶ ${name}`);
  const ok = run(command, args);
  if (ok) passed++;
  else failed++;
  summary.push(`${ok ? '✓' : '✗'} ${name}`);
  return ok;
}

/** Runs a vitest suite and counts its tests from the JSON report (vitest's summary isn't read by CI). */
function tests(name, config) {
  console.log(`\n▶ ${name}`);
  const report = resolve(reports, `${name.replace(/\W+/g, '-')}.json`);
  rmSync(report, { force: true });
  const ok = run('npx', [
    'vitest',
    'run',
    '--config',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  if (!existsSync(report)) {
    failed++;
    summary.push(`✗ ${name}: no report (the run crashed)`);
    return;
  }
  const result = JSON.parse(readFileSync(report, 'utf8'));
  // A file that fails to load has no tests to count: count it as one failure.
  const brokenFiles = result.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  ).length;
  const failures = result.numFailedTests + brokenFiles;
  passed += result.numPassedTests;
  failed += failures;
  if (!ok && failures === 0) failed++;
  summary.push(`${ok ? '✓' : '✗'} ${name}: ${result.numPassedTests} passed, ${failures} failed`);
}

try {
  ensureInstall(root);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

check('typecheck', 'npx', ['tsc', '--noEmit']);
check('lint', 'npx', ['eslint', '.', '--max-warnings', '0']);
check('format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']);
tests('unit and component tests', 'vitest.config.ts');
const chrome = check('Chrome build and zip', 'npx', ['wxt', 'zip']);
const firefox = check('Firefox build and zip', 'npx', ['wxt', 'zip', '-b', 'firefox']);
if (firefox) {
  check('web-ext lint', 'npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2']);
}

let chromium = null;
try {
  chromium = findChromium();
} catch (error) {
  console.error(`\n${error.message}`);
}
if (chrome && chromium) {
  process.env.CHROME_PATH = chromium;
  tests('real-browser tests', 'vitest.e2e.config.ts');
} else {
  failed++;
  summary.push('✗ real-browser tests: not run (no Chrome build or no Chromium)');
}

console.log(`\n${summary.join('\n')}\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
