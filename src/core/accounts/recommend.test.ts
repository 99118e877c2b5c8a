import {describe, expect, test} from 'vitest';
import {createAccountEngine} from './engine';
import {prospectAccounts, recommendAccounts} from './recommend';
import {ev, run, t, world} from './test-world';

const w = () =>
  world({
    users: [{id: 'u1'}],
    companies: [
      {id: 'target', targetAccount: true, ownerId: 'u1', properties: {industry: 'Software'}},
      {id: 'hot', name: 'Hot', ownerId: 'u1', properties: {industry: 'Software'}},
      {id: 'warm', name: 'Warm'},
      {id: 'cold', name: 'Cold', ownerId: 'u1', properties: {industry: 'Software'}},
    ],
    contacts: [
      {id: 'c1', companyIds: ['hot'], buyingRoles: ['decisionMaker']},
      {id: 'c2', companyIds: ['warm']},
      {id: 'c3', companyIds: ['target']},
    ],
    deals: [{id: 'd1', companyIds: ['hot'], amount: 900}],
  });
const start = () =>
  run(createAccountEngine(w()), [
    ev('2026-03-29T10:00:00Z', {type: 'pageViewed', contactId: 'c1'}),
    ev('2026-01-10T10:00:00Z', {type: 'formSubmitted', contactId: 'c2', formId: 'f'}),
    ev('2026-03-30T10:00:00Z', {type: 'pageViewed', contactId: 'c3'}),
  ], t('2026-03-31T00:00:00Z'));

describe('prospects and recommendations', () => {
  test('TA-28 prospects are non-target companies whose contacts engaged recently (open point: default 30 days)', () => {
    expect(prospectAccounts(start().state).map((p) => p.companyId)).toEqual(['hot']);
  });
  test('TA-29 recommendations are ranked by the company\'s own data, each with its reasons; no data, no recommendation', () => {
    const recs = recommendAccounts(start().state);
    expect(recs.map((r) => r.companyId)).toEqual(['hot', 'warm']);
    expect(recs[0].reasons.map((r) => r.code)).toEqual(['recentEngagement', 'contacts', 'openDeals', 'decisionMaker', 'sameOwner', 'sameProperty']);
    expect(recs[0].reasons[5].message).toBe('Same industry (Software) as 1 target account.');
  });
  test('TA-29 selecting a recommendation sets Target account = true and it appears on the index', () => {
    const e = start();
    const {effects} = e.acceptRecommendation('hot', t('2026-03-31T00:00:00Z'));
    run(e, effects.flatMap((x) => (x.kind === 'emit' ? [x.event] : [])));
    expect(e.output().targetAccounts.categories.all).toEqual(['hot', 'target']);
    expect(recommendAccounts(e.state).map((r) => r.companyId)).toEqual(['warm']);
  });
  test('TA-30 a dismissed recommendation does not come back and the company is unchanged (open point: default never)', () => {
    const e = start();
    const {trail} = e.dismissRecommendation('hot', t('2026-03-31T00:00:00Z'));
    run(e, [ev('2026-03-31T00:00:00Z', {type: 'formSubmitted', contactId: 'c1', formId: 'again'})]);
    expect(recommendAccounts(e.state).map((r) => r.companyId)).toEqual(['warm']);
    expect(e.state.companies.get('hot')?.targetAccount).toBe(false);
    expect(trail[0].rule).toBe('TA-30');
    expect(() => e.dismissRecommendation('nope', 0)).toThrow('dismissRecommendation: unknown company "nope"');
  });
});
