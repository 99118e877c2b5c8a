import {describe, expect, test} from 'vitest';
import {engineFor, world} from './test-world';

const base = world({
  companies: [
    {id: 'co1', targetAccount: true},
    {id: 'co2', targetAccount: true},
    {id: 'co3', targetAccount: true},
    {id: 'co4'},
  ],
  contacts: [
    {id: 'c1', companyIds: ['co1'], buyingRoles: ['champion', 'decisionMaker']},
    {id: 'c2', companyIds: ['co2'], buyingRoles: ['influencer']},
    {id: 'c3', companyIds: ['co4'], buyingRoles: ['decisionMaker']},
  ],
  deals: [
    {id: 'd1', companyIds: ['co1'], amount: 1200, stage: 'open'},
    {id: 'd2', companyIds: ['co1', 'co2'], amount: 3000, stage: 'open'},
    {id: 'd3', companyIds: ['co3'], amount: 999, stage: 'closedwon'},
    {id: 'd4', companyIds: ['co3'], amount: 500, stage: 'closedlost'},
    {id: 'd5', companyIds: ['co4'], amount: 7000, stage: 'open'},
  ],
});
const metrics = () => engineFor(base).output().targetAccounts.metrics;

describe('top-line metrics', () => {
  test('TA-7 counts only companies whose Target account property is true', () => {
    expect(metrics().targetAccounts).toBe(3);
  });
  test('TA-8 an account counts with open deals only when a deal is neither closed-won nor closed-lost', () => {
    expect(metrics().accountsWithOpenDeals).toBe(2);
  });
  test('TA-9 a deal on two target accounts counts once in the open deal value (open point: default once)', () => {
    expect(metrics().openDealValue).toBe(1200 + 3000);
  });
  test('TA-15 the same shared deal counts in each row (open point: default once per row)', () => {
    const rows = engineFor(base).output().targetAccounts.rows;
    expect(rows.co1.openDealValue).toBe(4200);
    expect(rows.co2.openDealValue).toBe(3000);
  });
  test('TA-10 one contact with any role removes the account from No buying role; no contacts counts (open point: default yes)', () => {
    expect(metrics().noBuyingRole).toBe(1); // co3 has no contacts
  });
  test('TA-11/12 a contact with roles {champion, decisionMaker} is a decision maker; no contacts counts (open point: default yes)', () => {
    expect(metrics().missingDecisionMakers).toBe(2); // co2 (influencer only), co3 (no contacts)
  });
  test('TA-9 a missing amount counts as 0 (open point: default 0)', () => {
    const w = world({companies: [{id: 'co1', targetAccount: true}], deals: [{id: 'd1', companyIds: ['co1'], amount: undefined as unknown as number}]});
    expect(engineFor(w).output().targetAccounts.metrics.openDealValue).toBe(0);
  });
});
