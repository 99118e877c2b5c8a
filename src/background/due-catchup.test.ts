/**
 * C4 (issue 4 "delays survive worker stop and browser close"): a step that falls due runs once, and is
 * stored, whichever comes first after its due time: a read of the engines (a popup opening), the due
 * alarm, or the catch-up of a worker that was stopped (its memory gone) meanwhile.
 */
import {IDBFactory} from 'fake-indexeddb';
import {beforeEach, describe, expect, test, vi} from 'vitest';
import {createFakeBrowser} from '../../tests/unit/fake-browser';
import browser from '../shared/browser';
import {DEFAULT_SETTINGS, type Settings} from '../shared/settings';
import type {Effect} from '../core/model';
import {db, resetDbConnection} from './db';
import {advanceEngines, onEffects, readEngines, recordUserEvents, resetEngineHost, rulesChanged} from './engine-host';
import {writeSettings} from './settings-store';

vi.mock('../shared/browser', () => ({default: createFakeBrowser()}));

const T = Date.parse('2026-03-02T10:00:00Z');
const DELAY_MS = 36_000; // hours: 0.01
const effects: Effect[] = [];
onEffects((list) => void effects.push(...list));

const workflow = {
  id: 'wf-delay',
  enrollment: {event: 'formSubmitted'},
  goal: null,
  steps: [{type: 'delay', hours: 0.01}, {type: 'notify', message: 'Delay over'}],
};

async function stepTrail(): Promise<unknown[]> {
  const trail = await (await db()).getAllFromIndex('trail', 'by-subject', 'workflow:wf-delay/contact:c1');
  return trail.filter((e) => JSON.stringify(e).includes('Delay over') || JSON.stringify(e).includes('notify'));
}
const notifies = () => effects.filter((e) => e.kind === 'notify' && e.message === 'Delay over');

beforeEach(async () => {
  await browser.storage.local.clear();
  globalThis.indexedDB = new IDBFactory();
  resetDbConnection();
  resetEngineHost();
  effects.length = 0;
  await writeSettings({...DEFAULT_SETTINGS, workflows: [workflow]} as Settings);
  await rulesChanged(T - 1000);
  await recordUserEvents([{id: 'f1', at: T, type: 'formSubmitted', contactId: 'c1', formId: 'demo'}], 'contact:c1', T);
});

describe('delayed workflow steps across worker stops (C4)', () => {
  test('C4 WG nothing runs before the delay is due', async () => {
    await advanceEngines(T + DELAY_MS - 1000);
    expect(notifies()).toHaveLength(0);
  });

  test('C4 WG a read after the due time runs the step once and stores it; a stopped worker then does not run it again', async () => {
    await readEngines(T + DELAY_MS + 5000, () => undefined);
    expect(notifies()).toHaveLength(1);
    const stored = await stepTrail();
    expect(stored.length).toBeGreaterThan(0);
    // The worker stops (memory gone) and wakes: its catch-up finds nothing left to run.
    resetEngineHost();
    await advanceEngines(T + DELAY_MS + 60_000);
    await readEngines(T + DELAY_MS + 70_000, () => undefined);
    expect(notifies()).toHaveLength(1);
    expect(await stepTrail()).toHaveLength(stored.length);
  });

  test('C4 WG a worker stopped before the due time runs the step once on wake (catch-up), however often it wakes', async () => {
    resetEngineHost();
    await advanceEngines(T + DELAY_MS + 30_000);
    resetEngineHost();
    await advanceEngines(T + DELAY_MS + 40_000);
    expect(notifies()).toHaveLength(1);
  });
});
