import {describe, expect, test} from 'vitest';
import {createLeadEngine} from './engine';
import {drive, ev, makeWorld} from './test-world';

const call = (hours: number, outcome: 'connected' | 'noAnswer', extra: {leadId?: string; contactId?: string; id?: string} = {}) =>
  ev(hours, {type: 'callLogged', contactId: extra.contactId ?? 'c1', userId: 'u1', outcome, leadId: extra.leadId, id: extra.id});

describe('lead engine: progressions and the lock', () => {
  test('LA-7 automation moves the lead to Connected; the user moves it back to New; a later call logged Connected leaves it in New', () => {
    const engine = createLeadEngine(makeWorld({leads: [{id: 'l1', contactId: 'c1', stage: 'new'}]}));
    drive(engine, [call(1, 'connected'), ev(2, {type: 'leadMovedManually', leadId: 'l1', stage: 'new'})]);
    expect(engine.output().leads.l1).toMatchObject({stage: 'new', automationLocked: true});
    const later = drive(engine, [call(3, 'connected')]);
    expect(engine.output().leads.l1.stage).toBe('new');
    expect(later.trail).toEqual([expect.objectContaining({rule: 'LA-7', subject: 'lead:l1', message: expect.stringMatching(/moved this lead back/)})]);
  });

  test('LA-7 a manual move forward does not lock the lead (open point: default only a backward move locks)', () => {
    const engine = createLeadEngine(makeWorld({leads: [{id: 'l1', contactId: 'c1', stage: 'new'}]}));
    drive(engine, [ev(1, {type: 'leadMovedManually', leadId: 'l1', stage: 'attempting'}), ev(2, {type: 'emailReplied', contactId: 'c1'})]);
    expect(engine.output().leads.l1).toMatchObject({stage: 'connected', automationLocked: false});
  });

  test('LA-7 the lock affects only that lead, not another lead of the same contact (open point: default)', () => {
    const engine = createLeadEngine(makeWorld({leads: [{id: 'l1', contactId: 'c1', stage: 'attempting'}, {id: 'l2', contactId: 'c1', stage: 'new'}]}));
    drive(engine, [ev(1, {type: 'leadMovedManually', leadId: 'l1', stage: 'new'}), ev(2, {type: 'emailSent', contactId: 'c1', userId: 'u1'})]);
    expect(engine.output().leads.l1).toMatchObject({stage: 'new', automationLocked: true});
    expect(engine.output().leads.l2).toMatchObject({stage: 'attempting', automationLocked: false});
  });

  test('LA-7 re-arming the lock (IDEA-5) lets automation move the lead again', () => {
    const engine = createLeadEngine(makeWorld({leads: [{id: 'l1', contactId: 'c1', stage: 'attempting'}]}));
    drive(engine, [ev(1, {type: 'leadMovedManually', leadId: 'l1', stage: 'new'})]);
    expect(engine.output().leads.l1.lock).toMatchObject({reason: 'movedBack', by: null});
    const rearmed = engine.rearm('l1', Date.parse('2026-01-05T12:00:00Z'), 'u2');
    expect(rearmed.trail[0]).toMatchObject({rule: 'LA-7', message: expect.stringMatching(/re-armed by u2/)});
    drive(engine, [call(4, 'noAnswer')]);
    expect(engine.output().leads.l1).toMatchObject({stage: 'attempting', automationLocked: false});
  });

  test('LA-7 the leadAutomationRearmed event re-arms too', () => {
    const engine = createLeadEngine(makeWorld({leads: [{id: 'l1', contactId: 'c1', stage: 'attempting'}]}));
    drive(engine, [ev(1, {type: 'leadMovedManually', leadId: 'l1', stage: 'new'})]);
    engine.apply({id: 'r1', at: 0, type: 'leadAutomationRearmed', leadId: 'l1'});
    expect(engine.output().leads.l1.automationLocked).toBe(false);
  });

  test('LA-1 a lead in another pipeline is never moved automatically, and the trail says why', () => {
    const engine = createLeadEngine(makeWorld({leads: [{id: 'l1', contactId: 'c1', stage: 'new', pipelineId: 'partners'}]}));
    const run = drive(engine, [call(1, 'connected')]);
    expect(engine.output().leads.l1).toMatchObject({stage: 'new', pipelineId: 'partners'});
    expect(run.trail).toEqual([expect.objectContaining({rule: 'LA-1', subject: 'lead:l1'})]);
  });

  test('LA-1 a lead with pipelineId "default" is in the leads pipeline', () => {
    const engine = createLeadEngine(makeWorld({leads: [{id: 'l1', contactId: 'c1', stage: 'new', pipelineId: 'default'}]}));
    drive(engine, [call(1, 'noAnswer')]);
    expect(engine.output().leads.l1.stage).toBe('attempting');
  });

  test('LA-4 activity without leadId moves every open lead of the contact but not a qualified one', () => {
    const engine = createLeadEngine(makeWorld({
      leads: [{id: 'l1', contactId: 'c1', stage: 'new'}, {id: 'l2', contactId: 'c1', stage: 'new'}, {id: 'l3', contactId: 'c1', stage: 'qualified'}, {id: 'l4', contactId: 'c2', stage: 'new'}],
      leadAutomation: {moveOnOutreach: {enabled: true, from: ['new', 'qualified'], to: 'attempting', events: ['emailSent']}},
    }));
    drive(engine, [ev(1, {type: 'emailSent', contactId: 'c1', userId: 'u1'})]);
    const stages = Object.fromEntries(Object.entries(engine.output().leads).map(([id, l]) => [id, l.stage]));
    expect(stages).toEqual({l1: 'attempting', l2: 'attempting', l3: 'qualified', l4: 'new'});
  });

  test('LA-4 activity naming a lead moves only that lead', () => {
    const engine = createLeadEngine(makeWorld({leads: [{id: 'l1', contactId: 'c1', stage: 'new'}, {id: 'l2', contactId: 'c1', stage: 'new'}]}));
    drive(engine, [call(1, 'noAnswer', {leadId: 'l2'})]);
    expect(engine.output().leads.l1.stage).toBe('new');
    expect(engine.output().leads.l2.stage).toBe('attempting');
  });

  test('LA-5 every automatic move leaves a trail entry and a stage-history entry naming the rule and the event', () => {
    const engine = createLeadEngine(makeWorld({leads: [{id: 'l1', contactId: 'c1', stage: 'new'}]}));
    const run = drive(engine, [call(1, 'connected', {id: 'call-1'})]);
    expect(run.trail).toEqual([
      expect.objectContaining({rule: 'LA-5', subject: 'lead:l1', eventId: 'call-1', message: 'Moved from New to Connected because a call was logged with outcome Connected (LA-4 also applied; the later stage wins).'}),
    ]);
    expect(engine.output().leads.l1.history).toEqual([{from: 'new', to: 'connected', at: '2026-01-05T10:00:00.000Z', cause: 'automation', rule: 'LA-5', eventId: 'call-1'}]);
  });

  test('LA-12 settings are read at event time: a change applies to later activity only (open point: default)', () => {
    const world = makeWorld({leads: [{id: 'l1', contactId: 'c1', stage: 'new'}, {id: 'l2', contactId: 'c2', stage: 'new'}]});
    const engine = createLeadEngine(world);
    drive(engine, [ev(1, {type: 'emailSent', contactId: 'c1', userId: 'u1'})]);
    world.leadAutomation = {createOnLifecycleStages: [], followUp: {enabled: false, reasons: []},
      moveOnOutreach: {enabled: false, from: ['new'], to: 'attempting', events: ['emailSent']},
      moveOnResponse: {enabled: true, from: ['new'], to: 'connected', events: ['emailReplied']}};
    drive(engine, [ev(2, {type: 'emailSent', contactId: 'c2', userId: 'u1'})]);
    expect(engine.output().leads.l1.stage).toBe('attempting');
    expect(engine.output().leads.l2.stage).toBe('new');
  });

  test('LA-2 a manual move to Disqualified or a disqualification takes the lead out of automation', () => {
    const engine = createLeadEngine(makeWorld({leads: [{id: 'l1', contactId: 'c1', stage: 'new'}]}));
    drive(engine, [ev(1, {type: 'leadDisqualified', leadId: 'l1', reason: 'budget'}), call(2, 'connected')]);
    expect(engine.output().leads.l1).toMatchObject({stage: 'disqualified', disqualificationReason: 'budget', automationLocked: false});
  });

  test('LA-6 events that are not lead activity, and unknown leads, change nothing', () => {
    const engine = createLeadEngine(makeWorld({leads: [{id: 'l1', contactId: 'c1', stage: 'new'}]}));
    const run = drive(engine, [ev(1, {type: 'pageViewed', contactId: 'c1'}), ev(2, {type: 'leadMovedManually', leadId: 'nope', stage: 'qualified'})]);
    expect(run.trail).toEqual([]);
    expect(engine.output().leads.l1.stage).toBe('new');
  });
});
