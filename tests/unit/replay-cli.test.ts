/** `npm run replay`: the contract in ../shared/SCENARIO.md (exit codes, error paths, JSON output). */
import {spawnSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {parseScenario} from '../../src/core/scenario/parse';

const dir = mkdtempSync(join(tmpdir(), 'goalpost-replay-'));
const tsx = join(import.meta.dirname, '../../node_modules/.bin/tsx');
const cli = join(import.meta.dirname, '../../src/cli/replay.ts');

function replay(json: unknown): {status: number | null; stdout: string; stderr: string} {
  const file = join(dir, `s${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, typeof json === 'string' ? json : JSON.stringify(json));
  const r = spawnSync(tsx, [cli, file], {encoding: 'utf8'});
  return {status: r.status, stdout: r.stdout, stderr: r.stderr};
}

const base = {format: 'goalpost-scenario/1', now: '2026-03-31T00:00:00Z', contacts: [{id: 'c1'}]};

describe('replay CLI', () => {
  test('prints the engine output as JSON and exits 0', () => {
    const r = replay({...base, companies: [{id: 'co1', name: 'Acme', targetAccount: true}], contacts: [{id: 'c1', companyIds: ['co1']}]});
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).targetAccounts.metrics.targetAccounts).toBe(1);
  });

  test.each([
    ['an unknown contact', {...base, events: [{id: 'e1', at: '2026-01-01T00:00:00Z', type: 'pageViewed', contactId: 'c1'}, {id: 'e2', at: '2026-01-01T00:00:00Z', type: 'pageViewed', contactId: 'c9'}]}, 'events[1].contactId: unknown contact "c9"'],
    ['an unknown event type', {...base, events: [{id: 'e1', at: '2026-01-01T00:00:00Z', type: 'faxSent', contactId: 'c1'}]}, 'events[0].type: unknown event type "faxSent"'],
    ['a missing field', {...base, events: [{id: 'e1', at: '2026-01-01T00:00:00Z', type: 'formSubmitted', contactId: 'c1'}]}, 'events[0].formId: is missing'],
    ['a bad time', {...base, now: 'yesterday'}, 'now: must be an ISO 8601 time'],
    ['the wrong format tag', {...base, format: 'other/2'}, 'format: must be "goalpost-scenario/1"'],
    ['a bad criteria operator', {...base, workflows: [{id: 'w1', enrollment: {all: [{property: 'x', op: 'equals', value: 1}]}, steps: []}]}, 'workflows[0].enrollment.all[0].op'],
    ['a goal on a deal workflow (WG-1)', {...base, workflows: [{id: 'w1', objectType: 'deal', goal: {property: 'x', op: 'known'}, steps: []}]}, 'workflows[0].goal: WG-1'],
    ['a custom lifecycle stage in an ad goal (AG-9)', {...base, adGoals: [{id: 'g1', name: 'G', template: 'contactsInStage', lifecycleStage: 'partner', accountIds: ['a1'], campaignIds: ['k1'], duration: 'monthly', start: '2026-01-01', end: '2026-03-31', target: 5}]}, 'adGoals[0].lifecycleStage: AG-9'],
    ['an ad goal without campaigns (AG-11)', {...base, adGoals: [{id: 'g1', name: 'G', template: 'networkConversions', accountIds: ['a1'], campaignIds: [], duration: 'monthly', start: '2026-01-01', end: '2026-03-31', target: 5}]}, 'adGoals[0].campaignIds: AG-11'],
    ['a list that names nothing', {...base, workflows: [{id: 'w1', suppressionLists: ['nope'], steps: []}]}, 'workflows[0].suppressionLists[0]: unknown list "nope"'],
  ])('names the JSON path of the first problem for %s', (_name, json, expected) => {
    const r = parseScenario(json);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(`${r.error.path}: ${r.error.message}`).toContain(expected);
  });

  test('exits 2 with the JSON path on stderr and as JSON on stdout', () => {
    const r = replay({...base, events: [{id: 'e1', at: '2026-01-01T00:00:00Z', type: 'pageViewed', contactId: 'c9'}]});
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('events[0].contactId: unknown contact "c9"');
    expect(JSON.parse(r.stdout).error).toMatchObject({path: 'events[0].contactId', message: 'unknown contact "c9"'});
  });

  test('exits 2 on a file that is not JSON', () => {
    const r = replay('{"format": ');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is not valid JSON');
  });

});
