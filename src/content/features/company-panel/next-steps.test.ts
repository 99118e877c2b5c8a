import {describe, expect, test} from 'vitest';
import type {AccountRowData} from '../../../shared/protocol/accounts';
import {nextSteps} from './next-steps';

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-23T12:00:00Z');
const row = (over: Partial<AccountRowData> = {}): AccountRowData => ({
  id: 'c', name: 'C', contacts: 2, openDeals: 0, openDealValue: 0, lastTouch: NOW - DAY, lastEngagement: null, upcoming: NOW + DAY, categories: ['all'], ...over,
});

describe('what to do next on an account', () => {
  test('TA-26 no decision maker yet', () => {
    expect(nextSteps(row({categories: ['all', 'noDecisionMaker']}), NOW, [], false)).toContain('No decision maker yet: find out who signs.');
  });
  test('TA-16 no touch for 21 days or more', () => {
    expect(nextSteps(row({lastTouch: NOW - 30 * DAY}), NOW, [], true)).toContain('No touch for 30 days: reach out.');
    expect(nextSteps(row({lastTouch: NOW - 20 * DAY}), NOW, [], true).join()).not.toMatch(/No touch/);
  });
  test('TA-27 blockers are named; TA-19 nothing upcoming asks for a next step', () => {
    const steps = nextSteps(row({upcoming: null}), NOW, ['Ella'], true);
    expect(steps).toEqual(['Ella is a blocker: plan how to win them over.', 'Nothing scheduled: book the next meeting or task.']);
  });
  test('a covered account has nothing urgent', () => {
    expect(nextSteps(row(), NOW, [], true)).toEqual(['Nothing urgent: the account is covered.']);
  });
});
