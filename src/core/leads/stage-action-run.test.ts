import {describe, expect, test} from 'vitest';
import {createLeadEngine} from './engine';
import {at, drive, ev, HOUR, makeWorld} from './test-world';

const withActions = (stageActions: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  makeWorld({leads: [{id: 'l1', contactId: 'c1', stage: 'new'}], leadAutomation: {stageActions, ...extra}});
const email = (hours: number, id?: string) => ev(hours, {type: 'emailSent', contactId: 'c1', userId: 'u1', id});

describe('stage actions', () => {
  test('LA-13 entering a stage runs its actions in order: task (also emitted for other rule sets), property, notification, webhook', () => {
    const engine = createLeadEngine(withActions({
      attempting: [
        {id: 't', type: 'createTask', title: 'Call them'},
        {id: 'p', type: 'setProperty', property: 'hs_lead_status', value: 'attempting'},
        {id: 'n', type: 'notify', message: 'New attempt'},
        {id: 'w', type: 'webhook', url: 'https://example.test/hook'},
      ],
    }));
    const run = drive(engine, [email(1, 'm1')]);
    expect(run.effects.map((e) => e.kind)).toEqual(['createTask', 'notify', 'webhook']);
    expect(run.effects[2]).toMatchObject({idempotencyKey: 'm1/lead:l1/attempting/w', payload: {leadId: 'l1', stage: 'attempting'}});
    expect(run.emitted.map((e) => [e.type, e.id])).toEqual([['taskCreated', 'm1/lead:l1/attempting/t'], ['propertyChanged', 'm1/lead:l1/attempting/p']]);
    expect(run.trail.map((t) => t.rule)).toEqual(['LA-4', 'LA-13', 'LA-13', 'LA-13', 'LA-13']);
  });

  test('LA-13 a delay holds the following actions until its time has passed', () => {
    const engine = createLeadEngine(withActions({attempting: [{id: 'd', type: 'delay', hours: 48}, {id: 'n', type: 'notify', message: 'Two days in Attempting'}]}));
    const first = drive(engine, [email(1)], at(1) + 47 * HOUR);
    expect(first.effects).toEqual([]);
    const later = drive(engine, [], at(1) + 48 * HOUR);
    expect(later.effects).toEqual([expect.objectContaining({kind: 'notify', message: 'Two days in Attempting'})]);
    expect(later.trail[0].at).toBe(at(49));
    expect(engine.output().leads.l1.actionsRun.map((a) => `${a.actionId}@${a.at}`)).toEqual(['d@2026-01-05T10:00:00.000Z', 'n@2026-01-07T10:00:00.000Z']);
  });

  test('LA-13 a lead that left the stage during the delay does not get the rest of that stage\'s actions', () => {
    const engine = createLeadEngine(withActions({attempting: [{id: 'd', type: 'delay', hours: 48}, {id: 'n', type: 'notify', message: 'late'}]}));
    const run = drive(engine, [email(1), ev(2, {type: 'emailReplied', contactId: 'c1'})], at(100));
    expect(run.effects).toEqual([]);
    expect(run.trail.at(-1)?.message).toMatch(/stopped: the lead is now in Connected/);
  });

  test('LA-13 a lead created by automation runs the New stage actions', () => {
    const engine = createLeadEngine(makeWorld({contacts: [{id: 'c1'}], leadAutomation: {createOnLifecycleStages: ['salesqualifiedlead'], stageActions: {new: [{id: 'n', type: 'notify', message: 'New lead'}]}}}));
    const run = drive(engine, [ev(1, {type: 'propertyChanged', contactId: 'c1', property: 'lifecyclestage', value: 'salesqualifiedlead'})]);
    expect(run.effects).toEqual([expect.objectContaining({kind: 'notify', message: 'New lead'})]);
  });

  test('LA-13 a manual move also runs the entered stage\'s actions; a lead in another pipeline runs none (LA-1)', () => {
    const world = makeWorld({
      leads: [{id: 'l1', contactId: 'c1', stage: 'new'}, {id: 'l2', contactId: 'c2', stage: 'new', pipelineId: 'partners'}],
      leadAutomation: {stageActions: {qualified: [{id: 'n', type: 'notify', message: 'Qualified'}]}},
    });
    const engine = createLeadEngine(world);
    const run = drive(engine, [ev(1, {type: 'leadMovedManually', leadId: 'l1', stage: 'qualified'}), ev(2, {type: 'leadMovedManually', leadId: 'l2', stage: 'qualified'})]);
    expect(run.effects).toHaveLength(1);
  });

  test('LA-13 a stage action setting the lifecycle stage does not create a second lead for the contact (LA-8 open point)', () => {
    const engine = createLeadEngine(withActions(
      {attempting: [{id: 'p', type: 'setProperty', property: 'lifecyclestage', value: 'salesqualifiedlead'}]},
      {createOnLifecycleStages: ['salesqualifiedlead']},
    ));
    drive(engine, [email(1)]);
    expect(Object.keys(engine.output().leads)).toEqual(['l1']);
  });

  test('LA-13 bad stage actions stop the engine from starting, naming the setting', () => {
    expect(() => createLeadEngine(withActions({attempting: [{id: 'x', type: 'sendEmail'}]}))).toThrow('leadAutomation.stageActions.attempting[0].templateId: must be a non-empty string');
  });
});
