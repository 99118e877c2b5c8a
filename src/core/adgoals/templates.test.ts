import {describe, expect, test} from 'vitest';
import type {Contact, ScenarioEvent} from '../model';
import {at, goal, metric, run, world} from './test-world';

const form = (id: string, when: string, contactId: string, adCampaignId?: string): ScenarioEvent =>
  ({id, at: at(when), type: 'formSubmitted', contactId, formId: 'demo', ...(adCampaignId ? {adCampaignId} : {})});
const stage = (id: string, when: string, contactId: string, value: string): ScenarioEvent =>
  ({id, at: at(when), type: 'propertyChanged', contactId, property: 'lifecyclestage', value});
const contact = (id: string, lifecyclestage: string): Contact =>
  ({id, companyIds: [], properties: {lifecyclestage}, buyingRoles: [], lawfulBasis: true});
const actuals = (w: ReturnType<typeof world>) => run(w).engine.output().adGoals.g1.periods.map((p) => p.actual);

describe('AG-1..10 templates', () => {
  test('AG-2 AG-3 network conversions sum the goal campaigns over several ad accounts, per period', () => {
    const w = world({
      adGoals: [goal({accountIds: ['a1', 'a2'], campaignIds: ['k1', 'k2']})],
      adMetrics: [
        metric('2026-01-05', 'k1', 10, 3), metric('2026-01-06', 'k2', 10, 4, 'a2'), metric('2026-02-01', 'k1', 10, 2.5),
        metric('2026-01-07', 'k3', 10, 50), // not a goal campaign
        metric('2026-01-07', 'k1', 10, 50, 'a9'), // the goal's campaign id, but under another account
      ],
    });
    expect(actuals(w)).toEqual([7, 2.5, 0]);
  });

  test('AG-4 AG-5 only a first form submission after an ad click attributes a contact (open point: default last click wins)', () => {
    const w = world({
      adGoals: [goal({template: 'firstFormSubmissions', campaignIds: ['k1', 'k2']})],
      events: [
        form('e1', '2026-01-03T09:00:00Z', 'c1', 'k1'),
        form('e2', '2026-01-04T09:00:00Z', 'c1', 'k2'), // not c1's first form: no second count
        form('e3', '2026-01-05T09:00:00Z', 'c2'), // first form without an ad click
        form('e4', '2026-01-06T09:00:00Z', 'c2', 'k1'), // too late for c2
        form('e5', '2026-02-02T09:00:00Z', 'c3', 'k2'),
        form('e6', '2026-02-02T10:00:00Z', 'c4', 'k9'), // not a goal campaign
      ],
    });
    expect(actuals(w)).toEqual([1, 1, 0]);
    expect(run(w).engine.output().adGoals.g1.campaigns).toMatchObject({k1: {contacts: 1}, k2: {contacts: 1}});
  });

  test('AG-6 counts attributed contacts that entered the stage during the period (open point: default entered during the period)', () => {
    const w = world({
      contacts: [contact('c1', 'lead'), contact('c2', 'subscriber'), contact('c3', 'lead')],
      adGoals: [goal({template: 'contactsInStage', lifecycleStage: 'marketingqualifiedlead'})],
      events: [
        form('e1', '2026-01-03T09:00:00Z', 'c1', 'k1'),
        stage('e2', '2026-01-20T09:00:00Z', 'c1', 'marketingqualifiedlead'), // January
        form('e3', '2026-01-10T09:00:00Z', 'c2', 'k1'),
        stage('e4', '2026-02-14T09:00:00Z', 'c2', 'marketingqualifiedlead'), // February
        stage('e5', '2026-02-15T09:00:00Z', 'c3', 'marketingqualifiedlead'), // never attributed
        stage('e6', '2026-03-01T09:00:00Z', 'c1', 'salesqualifiedlead'), // leaving the stage does not uncount
        stage('e7', '2026-03-02T09:00:00Z', 'c1', 'marketingqualifiedlead'), // re-entering does not count again
      ],
    });
    expect(actuals(w)).toEqual([1, 1, 0]);
  });

  test('AG-6 a stage the contact already held when attributed counts at the attribution', () => {
    const w = world({
      contacts: [contact('c1', 'lead')],
      adGoals: [goal({template: 'contactsInStage', lifecycleStage: 'lead'})],
      events: [form('e1', '2026-02-03T09:00:00Z', 'c1', 'k1')],
    });
    expect(actuals(w)).toEqual([0, 1, 0]);
  });

  test('AG-6 contacts captured later (recordUpserted) enter their stage when captured', () => {
    const w = world({
      adGoals: [goal({template: 'contactsInStage', lifecycleStage: 'customer'})],
      events: [
        form('e1', '2026-01-03T09:00:00Z', 'c9', 'k1'),
        {id: 'e2', at: at('2026-03-05T09:00:00Z'), type: 'recordUpserted', record: {kind: 'contact', id: 'c9', properties: {lifecyclestage: 'customer'}}},
      ],
    });
    expect(actuals(w)).toEqual([0, 0, 1]);
  });

  test('AG-7 AG-8 cost per contact is spend over contacts in the stage; lower than the target exceeds it', () => {
    const w = world({
      contacts: [contact('c1', 'lead'), contact('c2', 'lead')],
      adGoals: [goal({template: 'costPerContactInStage', lifecycleStage: 'lead', target: 60, duration: 'custom', start: '2026-01-01', end: '2026-01-31'})],
      adMetrics: [metric('2026-01-05', 'k1', 70.5, 0), metric('2026-01-06', 'k1', 29.7, 0)],
      events: [form('e1', '2026-01-03T09:00:00Z', 'c1', 'k1'), form('e2', '2026-01-04T09:00:00Z', 'c2', 'k1')],
    });
    const g1 = run(w).engine.output().adGoals.g1;
    expect(g1.periods).toEqual([{start: '2026-01-01', end: '2026-01-31', target: 60, actual: 50.1, progress: 60 / 50.1, status: 'exceeded'}]);
    expect(g1).toMatchObject({spend: 100.2, contacts: 2, costPerContact: 50.1});
  });

  test('AG-7 cost per contact without contacts has no actual and 0% progress (open point: default no actual), so it is missed', () => {
    const w = world({
      adGoals: [goal({template: 'costPerContactInStage', lifecycleStage: 'lead', duration: 'custom', end: '2026-01-31'})],
      adMetrics: [metric('2026-01-05', 'k1', 70, 0)],
    });
    expect(run(w).engine.output().adGoals.g1.periods[0]).toMatchObject({actual: null, progress: 0, status: 'missed'});
  });

  test('AG-2 amounts add up as the decimals typed, not as floating-point noise', () => {
    const w = world({adMetrics: [metric('2026-01-05', 'k1', 0.1, 0.1), metric('2026-01-06', 'k1', 0.2, 0.2)], adGoals: [goal({target: 0.3})]});
    const g1 = run(w).engine.output().adGoals.g1;
    expect(g1.periods[0]).toMatchObject({actual: 0.3, progress: 1, status: 'achieved'});
    expect(g1.spend).toBe(0.3);
  });
});
