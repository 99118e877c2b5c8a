/**
 * `npm run replay -- <scenario.json> [--trail]`: runs the core engine over a scenario file
 * (../shared/SCENARIO.md) and prints the results as JSON. Exit 2 with the JSON path of the first
 * problem on invalid input; `--trail` adds every decision's "why" entry to the output.
 */
import {readFileSync} from 'node:fs';
import {parseScenarioText} from '../core/scenario/parse';
import {replay} from '../core/scenario/run';

function main(argv: string[]): number {
  const withTrail = argv.includes('--trail');
  const files = argv.filter((a) => !a.startsWith('--'));
  if (files.length !== 1) {
    process.stderr.write('usage: npm run replay -- <scenario.json> [--trail]\n');
    return 2;
  }
  const [file] = files;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    process.stderr.write(`${file}: cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    return 2;
  }
  const parsed = parseScenarioText(text, file);
  if (!parsed.ok) {
    const line = `${parsed.error.path}: ${parsed.error.message}`;
    process.stdout.write(`${JSON.stringify({error: {file, path: parsed.error.path, message: parsed.error.message}})}\n`);
    process.stderr.write(`${file}: ${line}\n`);
    return 2;
  }
  const result = replay(parsed.world);
  const out = withTrail
    ? {...result.output, trail: result.trail.map((t) => ({...t, at: new Date(t.at).toISOString()}))}
    : result.output;
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
