import {describe, expect, test} from 'vitest';
import {createLeadEngine} from './engine';
import {drive, ev, makeWorld} from './test-world';

const lifecycle = (hours: number, contactId: string, value: string, extra: {id?: string; source?: string} = {}) =>
  ev(hours, {type: 'propertyChanged', contactId, property: 'lifecyclestage', value, ...extra});
const onSql = {createOnLifecycleStages: ['salesqualifiedlead' as const]};

describe('lead creation', () => {
  test('LA-8 a contact whose lifecycle stage changes to a selected stage gets a New lead with an id derived from the event', () => {
    const engine = createLeadEngine(makeWorld({contacts: [{id: 'c1', lifecyclestage: 'lead'}], leadAutomation: onSql}));
    const run = drive(engine, [lifecycle(1, 'c1', 'salesqualifiedlead', {id: 'lc1'})]);
    expect(run.emitted).toEqual([expect.objectContaining({id: 'lc1/LA-8', type: 'recordUpserted', record: {kind: 'lead', id: 'lead:lc1', contactId: 'c1', stage: 'new'}})]);
    expect(engine.output().leads['lead:lc1']).toMatchObject({stage: 'new', contactId: 'c1', createdBy: 'lifecycleStage', automationLocked: false});
    expect(run.trail).toEqual([expect.objectContaining({rule: 'LA-8', subject: 'lead:lead:lc1', eventId: 'lc1'})]);
  });

  test('LA-8 a stage that is not selected creates nothing', () => {
    const engine = createLeadEngine(makeWorld({contacts: [{id: 'c1'}], leadAutomation: onSql}));
    drive(engine, [lifecycle(1, 'c1', 'marketingqualifiedlead')]);
    expect(engine.output().leads).toEqual({});
  });

  test('LA-8 the same event delivered twice creates one lead', () => {
    const engine = createLeadEngine(makeWorld({contacts: [{id: 'c1'}], leadAutomation: onSql}));
    const event = lifecycle(1, 'c1', 'salesqualifiedlead', {id: 'lc1'});
    drive(engine, [event]);
    engine.apply(event); // a host that failed to drop the repeat
    expect(Object.keys(engine.output().leads)).toEqual(['lead:lc1']);
  });

  test('LA-8 no second open lead for a contact that already has one (open point: default do not create)', () => {
    const engine = createLeadEngine(makeWorld({leads: [{id: 'l1', contactId: 'c1', stage: 'attempting'}], leadAutomation: onSql}));
    const run = drive(engine, [lifecycle(1, 'c1', 'salesqualifiedlead')]);
    expect(Object.keys(engine.output().leads)).toEqual(['l1']);
    expect(run.trail[0]).toMatchObject({rule: 'LA-8', message: 'No lead created: the contact already has open lead l1.'});
  });

  test('LA-8 a contact whose only lead is disqualified gets a new one', () => {
    const engine = createLeadEngine(makeWorld({leads: [{id: 'l1', contactId: 'c1', stage: 'disqualified'}], leadAutomation: onSql}));
    drive(engine, [lifecycle(1, 'c1', 'salesqualifiedlead', {id: 'lc1'})]);
    expect(Object.keys(engine.output().leads)).toEqual(['l1', 'lead:lc1']);
  });

  test('LA-9 a lifecycle stage pushed by company lifecycle-stage sync creates no lead', () => {
    const engine = createLeadEngine(makeWorld({contacts: [{id: 'c1'}], leadAutomation: onSql}));
    const run = drive(engine, [lifecycle(1, 'c1', 'salesqualifiedlead', {source: 'companyLifecycleSync'})]);
    expect(engine.output().leads).toEqual({});
    expect(run.trail[0]).toMatchObject({rule: 'LA-9'});
  });

  test('LA-8 a captured contact record whose lifecycle stage changed gets a lead; a contact seen for the first time does not', () => {
    const engine = createLeadEngine(makeWorld({contacts: [{id: 'c1', lifecyclestage: 'lead'}], leadAutomation: onSql}));
    drive(engine, [
      ev(1, {id: 'up1', type: 'recordUpserted', record: {kind: 'contact', id: 'c1', properties: {lifecyclestage: 'salesqualifiedlead'}}}),
      ev(2, {id: 'up2', type: 'recordUpserted', record: {kind: 'contact', id: 'c9', properties: {lifecyclestage: 'salesqualifiedlead'}}}),
    ]);
    expect(Object.keys(engine.output().leads)).toEqual(['lead:up1']);
  });

  test('LA-11 create-on-lifecycle switched off creates nothing even with stages selected', () => {
    const engine = createLeadEngine(makeWorld({contacts: [{id: 'c1'}], leadAutomation: {...onSql, createOnLifecycleEnabled: false}}));
    drive(engine, [lifecycle(1, 'c1', 'salesqualifiedlead')]);
    expect(engine.output().leads).toEqual({});
  });

  test('LA-10 a lead disqualified with a selected reason gets a follow-up lead: same contact, stage New, owner and lead type (open point: default)', () => {
    const engine = createLeadEngine(makeWorld({
      leads: [{id: 'l1', contactId: 'c1', stage: 'connected', ownerId: 'u2'}],
      leadAutomation: {followUp: {enabled: true, reasons: ['timing'], leadType: 'reengage'}},
    }));
    const run = drive(engine, [ev(1, {id: 'dq1', type: 'leadDisqualified', leadId: 'l1', reason: 'timing'})]);
    expect(engine.output().leads['lead:dq1']).toMatchObject({
      stage: 'new', contactId: 'c1', createdBy: 'followUp', ownerId: 'u2', leadType: 'reengage', followUpOf: 'l1', automationLocked: false,
    });
    expect(run.trail.map((t) => t.rule)).toEqual(['LA-10']);
  });

  test('LA-10 any other reason creates nothing, and the trail says so', () => {
    const engine = createLeadEngine(makeWorld({leads: [{id: 'l1', contactId: 'c1', stage: 'new'}], leadAutomation: {followUp: {enabled: true, reasons: ['timing']}}}));
    const run = drive(engine, [ev(1, {type: 'leadDisqualified', leadId: 'l1', reason: 'budget'})]);
    expect(Object.keys(engine.output().leads)).toEqual(['l1']);
    expect(run.trail[0].message).toMatch(/"budget" is not one of the selected reasons/);
  });

  test('LA-11 follow-up is off unless switched on', () => {
    const engine = createLeadEngine(makeWorld({leads: [{id: 'l1', contactId: 'c1', stage: 'new'}], leadAutomation: {followUp: {enabled: false, reasons: ['timing']}}}));
    drive(engine, [ev(1, {type: 'leadDisqualified', leadId: 'l1', reason: 'timing'})]);
    expect(Object.keys(engine.output().leads)).toEqual(['l1']);
  });

  test('LA-10 a created follow-up lead is moved by later activity like any lead', () => {
    const engine = createLeadEngine(makeWorld({leads: [{id: 'l1', contactId: 'c1', stage: 'connected'}], leadAutomation: {followUp: {enabled: true, reasons: ['timing']}}}));
    drive(engine, [ev(1, {id: 'dq1', type: 'leadDisqualified', leadId: 'l1', reason: 'timing'}), ev(2, {type: 'emailSent', contactId: 'c1', userId: 'u1'})]);
    expect(engine.output().leads['lead:dq1'].stage).toBe('attempting');
    expect(engine.output().leads.l1.stage).toBe('disqualified');
  });
});
