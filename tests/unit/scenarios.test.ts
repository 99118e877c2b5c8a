/**
 * Runs every scenario under tests/scenarios/ through the real parser and engine loop (the code
 * `npm run replay` and the service worker run) and compares with the file's "expect" block.
 * Each file names the SPEC rules it covers in "description"; the test name carries it.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {parseScenarioText} from '../../src/core/scenario/parse';
import {replay} from '../../src/core/scenario/run';

const dir = join(import.meta.dirname, '..', 'scenarios');
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

describe('scenario files', () => {
  test('there is a scenario for every rule group', () => {
    for (const prefix of ['wg-', 'la-', 'ag-', 'ta-']) expect(files.some((f) => f.startsWith(prefix))).toBe(true);
  });
  test.each(files.map((f) => {
    const json = JSON.parse(readFileSync(join(dir, f), 'utf8')) as {description?: string};
    return [`${f}: ${json.description ?? ''}`, f] as const;
  }))('%s', (_name, file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const json = JSON.parse(text) as {expect?: unknown};
    expect(json.expect, `${file} has no "expect" block`).toBeDefined();
    const parsed = parseScenarioText(text, file);
    if (!parsed.ok) throw new Error(`${file}: ${parsed.error.path}: ${parsed.error.message}`);
    expect(replay(parsed.world).output).toMatchObject(json.expect as object);
  });
});
