import {describe, expect, test} from 'vitest';
import type {ScenarioEvent} from '../model';
import {createAdGoalEngine} from './engine';
import {at, goal, metric, run, world} from './test-world';

const events: ScenarioEvent[] = [
  {id: 'e1', at: at('2026-01-03T09:00:00Z'), type: 'formSubmitted', contactId: 'c1', formId: 'f', adCampaignId: 'k1'},
  {id: 'e2', at: at('2026-01-10T09:00:00Z'), type: 'adMetricsImported', rows: [metric('2026-01-09', 'k1', 40, 3)]},
  {id: 'e3', at: at('2026-02-02T09:00:00Z'), type: 'propertyChanged', contactId: 'c1', property: 'lifecyclestage', value: 'marketingqualifiedlead'},
  {id: 'e4', at: at('2026-02-03T09:00:00Z'), type: 'adMetricsImported', rows: [metric('2026-01-30', 'k1', 10, 1), metric('2026-02-02', 'k1', 25, 1)]},
  {id: 'e5', at: at('2026-02-04T09:00:00Z'), type: 'emailOpened', contactId: 'c1', emailId: 'x'},
  {id: 'e6', at: at('2026-03-04T09:00:00Z'), type: 'formSubmitted', contactId: 'c2', formId: 'f', adCampaignId: 'k1'},
];
const w = world({
  contacts: [{id: 'c1', companyIds: [], properties: {lifecyclestage: 'lead'}, buyingRoles: [], lawfulBasis: true}],
  adGoals: [
    goal({notifications: ['goalStart', 'achieved', 'exceeded', 'missed']}),
    goal({id: 'g2', template: 'costPerContactInStage', lifecycleStage: 'marketingqualifiedlead', target: 30, duration: 'quarterly', notifications: ['goalStart']}),
  ],
  events,
});

describe('ad goal engine', () => {
  test('AG-17 AG-18 an engine re-created from its snapshot continues exactly where the old one stopped', () => {
    const whole = run(w);
    for (const cut of [1, 2, 4]) {
      const first = run(w, undefined, events.slice(0, cut), events[cut].at);
      const rest = run(w, first.engine.snapshot(), events.slice(cut));
      expect(rest.engine.output()).toEqual(whole.engine.output());
      expect([...first.effects, ...rest.effects]).toEqual(whole.effects);
    }
  });

  test('AG-7 AG-23 the goal shows spend, cost per contact and a per-campaign breakdown', () => {
    const g2 = run(w).engine.output().adGoals.g2;
    expect(g2).toMatchObject({status: 'missed', spend: 75, contacts: 1, costPerContact: 75, actual: 75, progress: 0.4});
    expect(g2.campaigns).toEqual({k1: {spend: 75, conversions: 5, contacts: 1, costPerContact: 75}});
  });

  test('AG-17 a snapshot is plain data and the engine does not share it', () => {
    const engine = createAdGoalEngine(w);
    const snap = engine.snapshot();
    expect(structuredClone(snap)).toEqual(snap);
    engine.apply(events[1]);
    expect(snap.metrics).toEqual({});
  });

  test('AG-9 an engine refuses a goal with a custom stage, naming the goal and field', () => {
    const bad = world({adGoals: [goal({template: 'contactsInStage', lifecycleStage: 'partner' as never})]});
    expect(() => createAdGoalEngine(bad)).toThrow('adGoals[0].lifecycleStage: "partner" is not a default lifecycle stage; custom stages cannot be used. (AG-9)');
  });

  test('AG-2 a bad imported row is refused with its path', () => {
    const engine = createAdGoalEngine(w);
    const bad = {id: 'e9', at: at('2026-01-02'), type: 'adMetricsImported', rows: [metric('2026-01-01', 'k1', 1, 1), metric('2026-02-30', 'k1', 1, 1)]} as ScenarioEvent;
    expect(() => engine.apply(bad)).toThrow('events[e9].rows[1].date: "2026-02-30" is not a date YYYY-MM-DD');
  });

  test('AG-4 the trail says why a contact counts', () => {
    const {trail} = run(w);
    expect(trail.filter((t) => t.rule === 'AG-4').map((t) => t.subject)).toEqual(['contact:c1', 'contact:c2']);
    expect(trail.find((t) => t.rule === 'AG-6')).toMatchObject({subject: 'adGoal:g2', eventId: 'e3'});
  });
});
