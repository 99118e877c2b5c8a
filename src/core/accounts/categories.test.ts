import {describe, expect, test} from 'vitest';
import {createAccountEngine} from './engine';
import {ev, engineFor, run, t, world} from './test-world';

const w = () =>
  world({
    users: [{id: 'u1'}],
    companies: [{id: 'co1', targetAccount: true}, {id: 'co2', targetAccount: true}, {id: 'co3', targetAccount: true}, {id: 'co9'}],
    contacts: [
      {id: 'c1', companyIds: ['co1'], buyingRoles: ['decisionMaker']},
      {id: 'c2', companyIds: ['co2'], buyingRoles: ['blocker', 'endUser']},
      {id: 'c9', companyIds: ['co9'], buyingRoles: ['blocker']},
    ],
    deals: [{id: 'd1', companyIds: ['co2'], amount: 10, stage: 'open'}],
  });

describe('categories', () => {
  const events = () => [
    ev('2026-03-01T10:00:00Z', {type: 'callLogged', contactId: 'c1', userId: 'u1', outcome: 'connected'}),
    ev('2026-03-01T11:00:00Z', {type: 'taskCreated', taskId: 't1', companyId: 'co2'}),
    ev('2026-03-01T12:00:00Z', {type: 'meetingBooked', contactId: 'c2', startsAt: t('2026-03-02T09:00:00Z')}),
  ];
  const cats = () => engineFor(w(), events()).output().targetAccounts.categories;

  test('TA-21 All lists every target account, sorted by id', () => {
    expect(cats().all).toEqual(['co1', 'co2', 'co3']);
  });
  test('TA-22 No open tasks: a task on the company itself counts (open point: default company and contacts)', () => {
    expect(cats().noOpenTasks).toEqual(['co1', 'co3']);
  });
  test('TA-22 completing the only open task puts the account back under No open tasks', () => {
    const e = engineFor(w(), [...events(), ev('2026-03-03T00:00:00Z', {type: 'taskCompleted', taskId: 't1'})]);
    expect(e.output().targetAccounts.categories.noOpenTasks).toEqual(['co1', 'co2', 'co3']);
  });
  test('TA-23 No logged calls: a call with any associated contact removes the account (open point: default company and contacts)', () => {
    expect(cats().noLoggedCalls).toEqual(['co2', 'co3']);
  });
  test('TA-24 No meetings: a meeting booked by a contact counts as a meeting, even once it is past', () => {
    expect(cats().noMeetings).toEqual(['co1', 'co3']);
  });
  test('TA-25 No open deals lists accounts without an open deal', () => {
    expect(cats().noOpenDeals).toEqual(['co1', 'co3']);
  });
  test('TA-26 No decision maker lists accounts without a decision-maker contact', () => {
    expect(cats().noDecisionMaker).toEqual(['co2', 'co3']);
  });
  test('TA-27 Blockers lists target accounts with a blocker contact; non-targets never appear', () => {
    expect(cats().blockers).toEqual(['co2']);
  });
  test('TA-25 a deal moving to closed-won puts the account under No open deals and says why', () => {
    const e = createAccountEngine(w());
    run(e, events());
    const result = e.apply(ev('2026-03-05T00:00:00Z', {type: 'recordUpserted', record: {kind: 'deal', id: 'd1', stage: 'closedwon'}}));
    expect(e.output().targetAccounts.categories.noOpenDeals).toEqual(['co1', 'co2', 'co3']);
    expect(result.trail).toEqual([expect.objectContaining({rule: 'TA-25', subject: 'company:co2', message: 'co2 joined the "No open deals" category.'})]);
  });
});
