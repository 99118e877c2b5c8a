import {describe, expect, test} from 'vitest';
import {createAccountEngine} from './engine';
import {ev, engineFor, t, world} from './test-world';

const w = () =>
  world({
    users: [{id: 'u1'}],
    companies: [{id: 'co1', targetAccount: true}, {id: 'co2', targetAccount: true}, {id: 'co3'}],
    contacts: [{id: 'c1', companyIds: ['co1'], buyingRoles: ['decisionMaker']}],
    deals: [{id: 'd1', companyIds: ['co1'], amount: 100, stage: 'open'}],
  });

describe('records arriving and changing', () => {
  test('TA-2 targetAccountSet adds and removes rows; the company record stays', () => {
    const e = engineFor(w(), [
      ev('2026-03-01T00:00:00Z', {type: 'targetAccountSet', companyId: 'co3', value: true}),
      ev('2026-03-02T00:00:00Z', {type: 'targetAccountSet', companyId: 'co1', value: false}),
    ]);
    const out = e.output().targetAccounts;
    expect(Object.keys(out.rows)).toEqual(['co2', 'co3']);
    expect(out.metrics.targetAccounts).toBe(2);
    expect(e.state.companies.has('co1')).toBe(true);
  });
  test('TA-6 a workflow setting the Target account property marks the company', () => {
    const e = createAccountEngine(w());
    const r = e.apply(ev('2026-03-01T00:00:00Z', {type: 'propertyChanged', companyId: 'co3', property: 'targetAccount', value: 'true'}));
    expect(e.output().targetAccounts.categories.all).toEqual(['co1', 'co2', 'co3']);
    expect(r.trail).toEqual([expect.objectContaining({rule: 'TA-1', message: 'co3 became a target account.'})]);
  });
  test('TA-13 a contact moving to another company moves its count, roles and history with it', () => {
    const e = engineFor(w(), [
      ev('2026-03-01T10:00:00Z', {type: 'callLogged', contactId: 'c1', userId: 'u1', outcome: 'connected'}),
      ev('2026-03-02T10:00:00Z', {type: 'recordUpserted', record: {kind: 'contact', id: 'c1', companyIds: ['co2']}}),
    ]);
    const out = e.output().targetAccounts;
    expect(out.rows.co1).toMatchObject({contacts: 0, lastTouch: null});
    expect(out.rows.co2).toMatchObject({contacts: 1, lastTouch: '2026-03-01T10:00:00Z'});
    expect(out.categories.noDecisionMaker).toEqual(['co1']);
    expect(out.categories.noLoggedCalls).toEqual(['co1']);
  });
  test('TA-14 a new deal and a deal stage change update the row and the metrics', () => {
    const e = engineFor(w(), [
      ev('2026-03-01T00:00:00Z', {type: 'recordUpserted', record: {kind: 'deal', id: 'd2', companyIds: ['co2'], amount: 50, stage: 'open'}}),
      ev('2026-03-02T00:00:00Z', {type: 'recordUpserted', record: {kind: 'deal', id: 'd1', stage: 'closedlost'}}),
    ]);
    const out = e.output().targetAccounts;
    expect(out.rows.co1).toMatchObject({openDeals: 0, openDealValue: 0});
    expect(out.rows.co2).toMatchObject({openDeals: 1, openDealValue: 50});
    expect(out.metrics).toMatchObject({accountsWithOpenDeals: 1, openDealValue: 50});
  });
  test('TA-16 activity captured before its contact arrives counts once the contact is linked', () => {
    const e = engineFor(w(), [
      ev('2026-03-01T10:00:00Z', {type: 'emailSent', contactId: 'c7', userId: 'u1'}),
      ev('2026-03-02T10:00:00Z', {type: 'recordUpserted', record: {kind: 'contact', id: 'c7', companyIds: ['co2']}}),
    ]);
    expect(e.output().targetAccounts.rows.co2.lastTouch).toBe('2026-03-01T10:00:00Z');
  });
  test('TA-1 a company upserted with targetAccount true appears on the index', () => {
    const e = engineFor(w(), [ev('2026-03-01T00:00:00Z', {type: 'recordUpserted', record: {kind: 'company', id: 'co4', name: 'New', targetAccount: true}})]);
    expect(e.output().targetAccounts.rows.co4).toEqual({contacts: 0, openDeals: 0, openDealValue: 0, lastTouch: null, lastEngagement: null, upcoming: null});
  });
  test('TA-2 bad input names the event and the field', () => {
    const e = createAccountEngine(w());
    expect(() => e.apply({id: 'x1', at: t('2026-03-01T00:00:00Z'), type: 'propertyChanged', companyId: 'co1', property: 'targetAccount', value: 'maybe'})).toThrow(
      'event "x1" (propertyChanged).value: targetAccount must be true or false, got "maybe"',
    );
  });
  test('TA-7 unknown event types are ignored', () => {
    const e = createAccountEngine(w());
    expect(e.apply(ev('2026-03-01T00:00:00Z', {type: 'adMetricsImported', rows: []}))).toEqual({effects: [], trail: []});
  });
});
