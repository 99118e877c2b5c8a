import {describe, expect, test} from 'vitest';
import type {ScenarioEvent} from '../model';
import {createLeadEngine} from './engine';
import {at, drive, ev, makeWorld} from './test-world';

const world = () =>
  makeWorld({
    leads: [{id: 'l1', contactId: 'c1', stage: 'new'}, {id: 'l2', contactId: 'c2', stage: 'new'}],
    contacts: [{id: 'c3', lifecyclestage: 'lead'}],
    leadAutomation: {
      createOnLifecycleStages: ['salesqualifiedlead'],
      followUp: {enabled: true, reasons: ['timing']},
      stageActions: {attempting: [{id: 'd', type: 'delay', hours: 24}, {id: 'n', type: 'notify', message: 'A day in Attempting'}]},
    },
  });

const events: ScenarioEvent[] = [
  ev(1, {id: 's1', type: 'emailSent', contactId: 'c1', userId: 'u1'}),
  ev(2, {id: 's2', type: 'leadMovedManually', leadId: 'l2', stage: 'connected'}),
  ev(3, {id: 's3', type: 'propertyChanged', contactId: 'c3', property: 'lifecyclestage', value: 'salesqualifiedlead'}),
  // ---- snapshot taken here: l1 is parked on its 24 h delay
  ev(4, {id: 's4', type: 'leadMovedManually', leadId: 'l2', stage: 'new'}),
  ev(5, {id: 's5', type: 'callLogged', contactId: 'c2', userId: 'u1', outcome: 'connected'}),
  ev(6, {id: 's6', type: 'leadDisqualified', leadId: 'l1', reason: 'timing'}),
  ev(30, {id: 's7', type: 'emailSent', contactId: 'c3', userId: 'u1'}),
];

describe('lead engine snapshot', () => {
  test('LA-7/LA-13 an engine re-created from a snapshot continues exactly where the old one stopped', () => {
    const straight = createLeadEngine(world());
    const straightRun = drive(straight, events, at(100));

    const w = world();
    const first = createLeadEngine(w);
    const seen = new Set<string>();
    const before = drive(first, events.slice(0, 3), undefined, seen);
    const snapshot = structuredClone(first.snapshot());
    const resumed = createLeadEngine(w, snapshot);
    const after = drive(resumed, events.slice(3), at(100), seen);

    expect(resumed.output()).toEqual(straight.output());
    expect([...before.trail, ...after.trail]).toEqual(straightRun.trail);
    expect([...before.effects, ...after.effects]).toEqual(straightRun.effects);
    expect(resumed.output().leads.l2).toMatchObject({stage: 'new', automationLocked: true});
  });

  test('LA-7 a snapshot does not change when the engine goes on', () => {
    const engine = createLeadEngine(world());
    drive(engine, events.slice(0, 1));
    const snapshot = engine.snapshot();
    drive(engine, events.slice(1));
    expect(snapshot.leads.find((l) => l.id === 'l2')?.stage).toBe('new');
    expect(snapshot.runs).toHaveLength(1);
  });

  test('LA-13 a snapshot of an unknown version is refused', () => {
    expect(() => createLeadEngine(world(), {version: 2} as never)).toThrow('leads snapshot: unsupported version 2');
  });
});
