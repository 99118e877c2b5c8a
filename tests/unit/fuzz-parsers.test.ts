/**
 * Fuzzing the parsers that read what a user (or an attacker's file) hands us (docs/security.md
 * promise M2): scenario files, stored or imported settings, backups. Inputs are arbitrary values and
 * real fixtures with one random node replaced; every parser answers ok or a located problem, never
 * throws.
 */
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import * as fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {parseScenario} from '../../src/core/scenario/parse';
import {DEFAULT_SETTINGS, repairSettings, settingsWorld} from '../../src/shared/settings';
import {BACKUP_FORMAT, BACKUP_VERSION, parseBackup} from '../../src/background/backup';
import {FUZZ_RUNS} from '../fuzz-regressions/runs';

const dir = join(import.meta.dirname, '../scenarios');
const scenarios = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown);
const nasty = fc.constantFrom('__proto__', 'constructor', '', '<script>alert(1)</script>', '\u202E', 'NaN', -0, Number.MAX_SAFE_INTEGER + 2, 1e308, -1, 0.5, '2026-02-30T00:00:00Z', 'goalpost-scenario/1', 'goalpost-settings/1');
const anyValue = fc.oneof(fc.anything({maxDepth: 3, withNullPrototype: true, withDate: true}), nasty);

/** Every path to a node of a JSON value. */
function paths(value: unknown, prefix: Array<string | number> = [], out: Array<Array<string | number>> = []) {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, i) => paths(item, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const [k, item] of Object.entries(value)) paths(item, [...prefix, k], out);
  return out;
}

/** The document with the node at `path` replaced (or deleted when `replacement` is the symbol). */
const DELETE = Symbol('delete');
function mutate(doc: unknown, path: Array<string | number>, replacement: unknown): unknown {
  if (!path.length) return replacement === DELETE ? undefined : replacement;
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (replacement === DELETE) {
    if (Array.isArray(node)) node.splice(last as number, 1);
    else delete node[last];
  } else node[last] = replacement;
  return copy;
}

/** A real document with one node replaced by anything (or removed). */
const mutated = (docs: unknown[]) =>
  fc.integer({min: 0, max: docs.length - 1}).chain((i) => {
    const all = paths(docs[i]);
    return fc.tuple(fc.integer({min: 0, max: all.length - 1}), fc.oneof(anyValue, fc.constant(DELETE))).map(([p, value]) => mutate(docs[i], all[p], value));
  });

function isProblem(error: {path: unknown; message: unknown}) {
  expect(typeof error.path).toBe('string');
  expect(typeof error.message).toBe('string');
  expect((error.message as string).length).toBeGreaterThan(0);
}

describe('fuzzing the parsers (M2)', () => {
  test(`parseScenario: ${FUZZ_RUNS} mutated scenario files and arbitrary values give a world or a located error`, () => {
    fc.assert(
      fc.property(fc.oneof({weight: 4, arbitrary: mutated(scenarios)}, {weight: 1, arbitrary: anyValue}), (doc) => {
        const result = parseScenario(doc);
        if (!result.ok) isProblem(result.error);
      }),
      {numRuns: FUZZ_RUNS},
    );
  }, 180_000);

  test(`repairSettings: ${FUZZ_RUNS} damaged settings documents are repaired into settings the engines accept`, () => {
    const base = [structuredClone(DEFAULT_SETTINGS) as unknown];
    fc.assert(
      fc.property(fc.oneof(mutated(base), anyValue, fc.dictionary(fc.constantFrom(...Object.keys(DEFAULT_SETTINGS), '__proto__', 'extra'), anyValue)), (raw) => {
        const {settings, notes} = repairSettings(raw);
        expect(Array.isArray(notes)).toBe(true);
        for (const note of notes) expect(typeof note).toBe('string');
        for (const key of Object.keys(DEFAULT_SETTINGS)) expect(settings).toHaveProperty(key);
        const world = settingsWorld(settings, 0);
        if (!world.ok) isProblem(world.error);
      }),
      {numRuns: FUZZ_RUNS},
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 180_000);

  test(`parseBackup: ${FUZZ_RUNS} damaged backups and arbitrary text are refused with problems or parsed`, () => {
    const record = {id: 'demo:x:company:1', kind: 'company', source: 'demo:x', name: 'A', data: {}, companyIds: [], firstSeen: 1, lastSeen: 2};
    const event = {id: 'e1', at: 1, recordedAt: 1, type: 'callLogged', subject: 'demo:x:company:1', body: null};
    const good = {format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: '2026-11-20T00:00:00.000Z', settings: DEFAULT_SETTINGS, records: [record], events: [event], trail: [{rule: 'WG-6', subject: 's', message: 'm', at: 1}]};
    const text = fc.oneof(
      {weight: 4, arbitrary: mutated([good]).map((doc) => JSON.stringify(doc) ?? 'undefined')},
      {weight: 1, arbitrary: fc.string()},
      {weight: 1, arbitrary: fc.json()},
      {weight: 1, arbitrary: fc.constantFrom('', '{', 'null', '[]', '{"format":"goalpost-backup","version":1e400}', '{"format":"goalpost-backup","version":99}', '{"__proto__":{"polluted":1},"format":"goalpost-backup","version":1}')},
    );
    let parsed = 0;
    fc.assert(
      fc.property(text, (json) => {
        const result = parseBackup(json);
        if (result.ok) parsed++;
        else {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const problem of result.problems) isProblem(problem);
        }
      }),
      {numRuns: FUZZ_RUNS},
    );
    expect(parsed).toBeGreaterThan(0); // the mutations sometimes keep a valid backup: the happy path is fuzzed too
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 180_000);
});
