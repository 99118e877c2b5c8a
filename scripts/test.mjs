#!/usr/bin/env node
// `npm test`: type check, lint, unit tests, the extension builds (Chrome + Firefox, web-ext lint),
// then the e2e suite in real Chromium. Each check counts; vitest files count per test. Ends with the
// line `N passed, N failed` and exits non-zero on any failure.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, rmSync} from 'node:fs';
import {join} from 'node:path';

const out = 'test-results';
rmSync(out, {recursive: true, force: true});
mkdirSync(out, {recursive: true});
const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
const failures = [];

function run(name, cmd, args, env = {}) {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(cmd, args, {stdio: 'inherit', env: {...process.env, ...env}});
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

function check(name, cmd, args, env) {
  if (only.length && !only.includes(name)) return true;
  const ok = run(name, cmd, args, env);
  if (ok) passed++;
  else {
    failed++;
    failures.push(name);
  }
  return ok;
}

function vitest(name, config) {
  if (only.length && !only.includes(name)) return;
  const report = join(out, `${name}.json`);
  const ok = run(name, 'npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (!existsSync(report)) {
    failed++;
    failures.push(`${name} (no report: the runner itself failed)`);
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests + (json.numTotalTestSuites > 0 ? 0 : 1);
  for (const file of json.testResults) {
    for (const t of file.assertionResults) if (t.status === 'failed') failures.push(`${name}: ${t.fullName}`);
    if (file.status === 'failed' && file.assertionResults.length === 0) {
      failed++;
      failures.push(`${name}: ${file.name} did not load: ${file.message?.split('\n')[0] ?? ''}`);
    }
  }
  if (!ok && json.numFailedTests === 0 && json.success !== false) {
    failed++;
    failures.push(`${name}: exited non-zero (unhandled errors?)`);
  }
}

check('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
check('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
vitest('unit', 'vitest.config.ts');
const built = check('build', 'npm', ['run', '--silent', 'build']);
if (check('build-firefox', 'npm', ['run', '--silent', 'build:firefox'])) {
  check('web-ext-lint', 'npx', ['web-ext', 'lint', '--source-dir', 'dist-firefox', '--self-hosted', '--no-input']);
}
if (built) vitest('e2e', 'vitest.e2e.config.ts');
else if (!only.length || only.includes('e2e')) {
  failed++;
  failures.push('e2e (not run: the build failed)');
}

if (failures.length) console.log(`\nFailed:\n${failures.map((f) => `  ✘ ${f}`).join('\n')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
