import {describe, expect, test} from 'vitest';
import type {ScenarioEvent} from '../model';
import {at, goal, metric, run, world} from './test-world';

const form = (id: string, when: string, contactId: string, campaign: string): ScenarioEvent =>
  ({id, at: at(when), type: 'formSubmitted', contactId, formId: 'f1', adCampaignId: campaign});
const stage = (id: string, when: string, contactId: string, value: string): ScenarioEvent =>
  ({id, at: at(when), type: 'propertyChanged', contactId, property: 'lifecyclestage', value});

describe('AG-23 campaign view', () => {
  const w = world({
    adGoals: [goal(), goal({id: 'g2', campaignIds: ['k1', 'k2']}), goal({id: 'g3', campaignIds: ['k2']})],
    adMetrics: [metric('2026-01-05', 'k1', 10, 2), metric('2026-01-06', 'k1', 30.5, 1), metric('2026-01-06', 'k1', 4, 0, 'a2'), metric('2026-01-06', 'k2', 99, 9)],
    events: [
      form('f1', '2026-01-05T10:00:00Z', 'c1', 'k1'),
      form('f2', '2026-01-06T11:00:00Z', 'c2', 'k1'),
      form('f3', '2026-01-06T12:00:00Z', 'c3', 'k2'),
      stage('s1', '2026-01-06T13:00:00Z', 'c1', 'marketingqualifiedlead'),
    ],
  });
  const engine = () => run(w, undefined, w.events, at('2026-01-10T00:00:00Z')).engine;

  test('AG-23 AG-5 daily spend, conversions, first-form contacts and cost per contact of one account; goals that include the campaign', () => {
    const view = engine().campaign({campaignId: 'k1', accountIds: ['a1'], from: '2026-01-04', to: '2026-01-07'});
    expect(view.days).toEqual([
      {date: '2026-01-04', spend: 0, conversions: 0, contacts: 0, costPerContact: null},
      {date: '2026-01-05', spend: 10, conversions: 2, contacts: 1, costPerContact: 10},
      {date: '2026-01-06', spend: 30.5, conversions: 1, contacts: 1, costPerContact: 30.5},
      {date: '2026-01-07', spend: 0, conversions: 0, contacts: 0, costPerContact: null},
    ]);
    expect(view.totals).toEqual({spend: 40.5, conversions: 3, contacts: 2, costPerContact: 20.25});
    expect(view.goalIds).toEqual(['g1', 'g2']);
  });

  test('AG-23 AG-6 with a lifecycle stage, contacts are counted on the day they entered it; no account = every account', () => {
    const view = engine().campaign({campaignId: 'k1', from: '2026-01-05', to: '2026-01-06', stage: 'marketingqualifiedlead'});
    expect(view.accountIds.sort()).toEqual(['a1', 'a2']);
    expect(view.days.map((d) => [d.spend, d.contacts, d.costPerContact])).toEqual([[10, 0, null], [34.5, 1, 34.5]]);
  });

  test('AG-23 a backwards or too long range is refused with the dates named', () => {
    expect(() => engine().campaign({campaignId: 'k1', from: '2026-01-07', to: '2026-01-05'})).toThrow('"to" 2026-01-05 is before "from" 2026-01-07');
    expect(() => engine().campaign({campaignId: 'k1', from: '2000-01-01', to: '2026-01-05'})).toThrow('longer than 3700 days');
    expect(() => engine().campaign({campaignId: 'k1', from: '2026-02-30', to: '2026-03-05'})).toThrow('campaign view: from: "2026-02-30" is not a date');
  });
});
