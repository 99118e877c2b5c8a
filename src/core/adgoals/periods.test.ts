import {describe, expect, test} from 'vitest';
import {buildPeriods, periodIndexOfDay} from './periods';
import {goal} from './test-world';

const spans = (g: Parameters<typeof buildPeriods>[0], fiscal = 1) => buildPeriods(g, fiscal).map((p) => `${p.start}..${p.end}`);

describe('AG-12 periods', () => {
  test('AG-12 monthly periods are calendar months clipped to the goal dates', () => {
    expect(spans(goal({duration: 'monthly', start: '2026-01-15', end: '2026-03-10'}))).toEqual([
      '2026-01-15..2026-01-31', '2026-02-01..2026-02-28', '2026-03-01..2026-03-10',
    ]);
  });

  test('AG-12 weekly periods start on Monday (open point: default Monday)', () => {
    // 2026-01-01 is a Thursday.
    expect(spans(goal({duration: 'weekly', start: '2026-01-01', end: '2026-01-19'}))).toEqual([
      '2026-01-01..2026-01-04', '2026-01-05..2026-01-11', '2026-01-12..2026-01-18', '2026-01-19..2026-01-19',
    ]);
  });

  test('AG-12 quarterly periods follow calendar quarters without fiscal alignment', () => {
    expect(spans(goal({duration: 'quarterly', start: '2026-02-01', end: '2026-12-31'}), 4)).toEqual([
      '2026-02-01..2026-03-31', '2026-04-01..2026-06-30', '2026-07-01..2026-09-30', '2026-10-01..2026-12-31',
    ]);
  });

  test('AG-12 quarters aligned to a fiscal year starting in April', () => {
    expect(spans(goal({duration: 'quarterly', start: '2026-01-01', end: '2026-07-15', alignToFiscalYear: true}), 4)).toEqual([
      '2026-01-01..2026-03-31', '2026-04-01..2026-06-30', '2026-07-01..2026-07-15',
    ]);
    expect(spans(goal({duration: 'quarterly', start: '2026-01-01', end: '2026-05-31', alignToFiscalYear: true}), 2)).toEqual([
      '2026-01-01..2026-01-31', '2026-02-01..2026-04-30', '2026-05-01..2026-05-31',
    ]);
  });

  test('AG-12 yearly periods aligned to a fiscal year starting in July', () => {
    expect(spans(goal({duration: 'yearly', start: '2026-01-01', end: '2027-12-31', alignToFiscalYear: true}), 7)).toEqual([
      '2026-01-01..2026-06-30', '2026-07-01..2027-06-30', '2027-07-01..2027-12-31',
    ]);
    expect(spans(goal({duration: 'yearly', start: '2026-03-01', end: '2027-02-01'}), 7)).toEqual([
      '2026-03-01..2026-12-31', '2027-01-01..2027-02-01',
    ]);
  });

  test('AG-12 a custom duration is one period from start to end', () => {
    expect(spans(goal({duration: 'custom', start: '2026-01-10', end: '2026-02-20'}))).toEqual(['2026-01-10..2026-02-20']);
  });

  test('AG-12 an end before the start is refused with the goal named', () => {
    expect(() => buildPeriods(goal({start: '2026-02-01', end: '2026-01-01'}), 1)).toThrow(/adGoal g1: end 2026-01-01 is before start 2026-02-01/);
  });

  test('AG-12 periods are contiguous whole days, so a day falls in exactly one', () => {
    const periods = buildPeriods(goal({duration: 'weekly', start: '2026-01-01', end: '2026-12-31'}), 1);
    for (let i = 1; i < periods.length; i++) expect(periods[i].startDay).toBe(periods[i - 1].endDay + 1);
    expect(periodIndexOfDay(periods, periods[3].startDay + 2)).toBe(3);
    expect(periodIndexOfDay(periods, periods[0].startDay - 1)).toBe(-1);
  });
});
