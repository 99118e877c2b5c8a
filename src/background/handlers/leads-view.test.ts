import {describe, expect, test} from 'vitest';
import {createLeadEngine} from '../../core/leads';
import type {ScenarioEvent, World} from '../../core/model';
import {formOf, isStandInContact, leadView, lookup, settingsOf, standInContact, summarize, WHY_LIMIT} from './leads-view';

const world = {leads: [], contacts: [], companies: [], deals: [], workflows: [], lists: [], users: [], adMetrics: [], adGoals: [], events: []} as unknown as World;
const at = (iso: string) => Date.parse(iso);

function engineWith(events: ScenarioEvent[]) {
  const engine = createLeadEngine(world);
  for (const e of events) engine.apply(e);
  return engine.output();
}

const ensure: ScenarioEvent = {id: 'l1@ensure', at: at('2026-03-01T09:00:00Z'), type: 'recordUpserted', record: {kind: 'lead', id: 'l1', contactId: 'c1', stage: 'new'}};
const email: ScenarioEvent = {id: 'a1', at: at('2026-03-02T10:00:00Z'), type: 'emailSent', contactId: 'c1', userId: 'u1'};
const back: ScenarioEvent = {id: 'm1', at: at('2026-03-02T11:00:00Z'), type: 'leadMovedManually', leadId: 'l1', stage: 'new'};

describe('lead views', () => {
  test('LA-4: an ensured lead moved by outreach shows its stage and an automation history entry with the rule', () => {
    const output = engineWith([ensure, email]);
    const view = leadView('l1', output.leads.l1);
    expect(view.stage).toBe('attempting');
    expect(view.history.map((h) => [h.cause, h.rule])).toEqual([['import', undefined], ['automation', 'LA-4']]);
    expect(view.automationLocked).toBe(false);
  });

  test('LA-7: a move back shows the lock; the trail is capped to the latest entries', () => {
    const output = engineWith([ensure, email, back]);
    const trail = Array.from({length: WHY_LIMIT + 3}, (_, i) => ({rule: 'LA-4', message: `m${i}`, at: i}));
    const view = leadView('l1', output.leads.l1, trail);
    expect(view.automationLocked).toBe(true);
    expect(view.lock?.by).toBeNull();
    expect(view.why).toHaveLength(WHY_LIMIT);
    expect(view.why.at(-1)?.message).toBe(`m${WHY_LIMIT + 2}`);
  });

  test('lookup answers every contact asked about, [] for one without leads, and named leads', () => {
    const output = engineWith([ensure]);
    expect(lookup(output, ['c1', 'c2'], ['l1', 'nope'])).toEqual({ids: ['l1'], byContact: {c1: ['l1'], c2: []}});
  });

  test('summary counts leads per stage, locked leads and automatic moves since a time', () => {
    const output = engineWith([ensure, email, back]);
    expect(summarize(output, at('2026-03-02T00:00:00Z'))).toEqual({
      byStage: {new: 1},
      locked: 1,
      movesSince: [{leadId: 'l1', from: 'new', to: 'attempting', at: '2026-03-02T10:00:00.000Z', rule: 'LA-4'}],
    });
    expect(summarize(output, at('2026-03-03T00:00:00Z')).movesSince).toEqual([]);
  });

  test('LA-3, LA-11: the form fills both progressions with their defaults and round-trips', () => {
    const form = formOf(null);
    expect(form.moveOnOutreach).toMatchObject({enabled: true, from: ['new'], to: 'attempting'});
    expect(form.moveOnResponse).toMatchObject({enabled: true, from: ['new', 'attempting'], to: 'connected'});
    expect(form.createOnLifecycleEnabled).toBe(false);
    const edited = {...form, moveOnOutreach: {...form.moveOnOutreach, enabled: false}, createOnLifecycleEnabled: true, createOnLifecycleStages: ['salesqualifiedlead']};
    expect(formOf(settingsOf(edited))).toEqual(edited);
  });
});

describe('stand-in contact of a lead seen only on a list row', () => {
  test('LA-1 a lead list row without a contact gets a stand-in contact derived from the lead id, recognisable as such', () => {
    const id = standInContact('demo:127.0.0.1:5173:lead:ld-038');
    expect(id).toBe('demo:127.0.0.1:5173:contact:unknown-of-lead~ld-038');
    expect(isStandInContact(id)).toBe(true);
    expect(isStandInContact('demo:127.0.0.1:5173:contact:ct-0184')).toBe(false);
  });

  test('LA-4 a lead first known from a list row, then put on its contact by a page, is moved by that contact\'s outreach', () => {
    const lead = 'demo:h:lead:ld-9';
    const contact = 'demo:h:contact:ct-9';
    const out = engineWith([
      {id: 'e1', at: at('2026-01-05T09:00:00Z'), type: 'recordUpserted', record: {kind: 'lead', id: lead, contactId: standInContact(lead), stage: 'new'}},
      {id: 'e2', at: at('2026-01-05T10:00:00Z'), type: 'recordUpserted', record: {kind: 'lead', id: lead, contactId: contact}},
      {id: 'e3', at: at('2026-01-05T11:00:00Z'), type: 'emailSent', contactId: contact, userId: 'u1'},
    ] as ScenarioEvent[]);
    expect(out.leads[lead]).toMatchObject({contactId: contact, stage: 'attempting'});
    expect(lookup(out, [contact]).byContact[contact]).toEqual([lead]);
    expect(lookup(out, [standInContact(lead)]).byContact[standInContact(lead)]).toEqual([]);
  });
});
