/**
 * `npm run bench`: runs every bench/<name>.ts (each exports `run()` returning named figures), prints
 * a table and writes bench/results.json. Peers (json-rules-engine, Dexie) are measured in the same
 * run, on the same data, by the bench files themselves. `npm run bench -- wg leads` runs a subset.
 */
import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {cpus, loadavg} from 'node:os';
import {join} from 'node:path';

const dir = import.meta.dirname;
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.startsWith('_') && !f.includes('.test.'))
  .filter((f) => !only.length || only.includes(f.replace(/\.ts$/, '')))
  .sort();

// A subset run (`npm run bench -- wg`) updates its own figures and keeps the others already recorded.
const resultsPath = join(dir, 'results.json');
const previous = only.length && existsSync(resultsPath) ? (JSON.parse(readFileSync(resultsPath, 'utf8')) as {figures?: Record<string, number>}) : {};
const figures: Record<string, number> = {...(previous.figures ?? {})};
const errors: Record<string, string> = {};
for (const file of files) {
  const started = Date.now();
  process.stdout.write(`▶ ${file} … `);
  try {
    const mod = (await import(join(dir, file))) as {run?: () => Promise<Record<string, number>>};
    if (!mod.run) {
      process.stdout.write('no run(), skipped\n');
      continue;
    }
    Object.assign(figures, await mod.run());
    process.stdout.write(`${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  } catch (error) {
    errors[file] = (error as Error).message;
    process.stdout.write(`failed: ${(error as Error).message}\n`);
  }
}

const width = Math.max(...Object.keys(figures).map((k) => k.length), 10);
console.log(`\n${'figure'.padEnd(width)}  value`);
for (const [key, value] of Object.entries(figures).sort()) {
  console.log(`${key.padEnd(width)}  ${Number.isInteger(value) ? value : value.toFixed(3)}`);
}
const machine = {cpus: cpus().length, model: cpus()[0]?.model ?? '', loadavg: loadavg().map((n) => Number(n.toFixed(2))), node: process.version};
writeFileSync(resultsPath, `${JSON.stringify({measuredAt: new Date().toISOString(), machine, figures, errors}, null, 2)}\n`);
console.log(`\nwritten bench/results.json (load average ${machine.loadavg.join(' ')})`);
if (Object.keys(errors).length) process.exitCode = 1;
