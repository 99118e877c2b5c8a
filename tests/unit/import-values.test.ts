/** Cells as spreadsheets write them: numbers and dates (IDEA-8: imported data must read right). */
import {describe, expect, test} from 'vitest';
import {detectDateOrder, parseDate, parseDateTime, parseNumber} from '../../src/import/index';

describe('numbers', () => {
  test.each([
    ['123', '.', 123],
    ['1,234.56', '.', 1234.56],
    ['1.234,56', ',', 1234.56],
    ['1 234,56', ',', 1234.56],
    ['1\u00a0234,56', '.', 1234.56],
    ['1\u202f234.50', '.', 1234.5],
    ["1'234.50", '.', 1234.5],
    ['€12.30', '.', 12.3],
    ['12,30 €', ',', 12.3],
    ['$25,000.00', '.', 25000],
    ['EUR 99.90', '.', 99.9],
    ['(45.00)', '.', -45],
    ['−3', '.', -3],
    ['0,5', '.', 0.5],
    ['12,3', '.', 12.3],
    ['1,234', '.', 1234],
    ['1,234', ',', 1.234],
    ['1.234', ',', 1234],
    ['1.234', '.', 1.234],
    ['1.234.567', '.', 1234567],
  ] as const)('IDEA-8 "%s" with decimal "%s" reads %d', (raw, decimal, expected) => {
    expect(parseNumber(raw, decimal)).toEqual({ok: true, value: expected});
  });

  test.each(['', '--', ' ', 'n/a'])('IDEA-8 "%s" is an empty cell, not an error', (raw) => {
    expect(parseNumber(raw)).toEqual({ok: true, value: null});
  });

  test.each(['12,3x', 'abc', '1,23,4', '12..5', '1.2.3,4,5', '12 5OO'])('IDEA-8 "%s" is not a number', (raw) => {
    expect(parseNumber(raw)).toEqual({ok: false});
  });
});

describe('dates', () => {
  test.each([
    ['2026-03-02', 'mdy', '2026-03-02'],
    ['2026-03-02T14:30:00Z', 'mdy', '2026-03-02'],
    ['2026/03/02', 'mdy', '2026-03-02'],
    ['3/2/2026', 'mdy', '2026-03-02'],
    ['3/2/2026', 'dmy', '2026-02-03'],
    ['02.03.2026', 'mdy', '2026-03-02'],
    ['2.3.26', 'mdy', '2026-03-02'],
    ['46083', 'mdy', '2026-03-02'],
    ['Mar 2, 2026', 'mdy', '2026-03-02'],
    ['2 March 2026', 'mdy', '2026-03-02'],
  ] as const)('IDEA-8 "%s" (%s) is %s', (raw, order, expected) => {
    expect(parseDate(raw, order)).toBe(expected);
  });

  test.each(['2026-02-30', '13/13/2026', 'yesterday', '', '123'])('IDEA-8 "%s" is not a date', (raw) => {
    expect(parseDate(raw)).toBeUndefined();
  });

  test('IDEA-8 a slash-date column with a day above 12 is read day-first; otherwise month-first', () => {
    expect(detectDateOrder(['3/2/2026', '13/2/2026'])).toBe('dmy');
    expect(detectDateOrder(['3/2/2026', '3/13/2026'])).toBe('mdy');
    expect(detectDateOrder(['3/2/2026'], 'dmy')).toBe('dmy');
  });

  test('IDEA-8 date-times are read as UTC, with 12-hour clocks and Excel fractions', () => {
    expect(parseDateTime('2026-03-04 10:30')).toBe(Date.UTC(2026, 2, 4, 10, 30));
    expect(parseDateTime('3/4/2026 2:30 PM')).toBe(Date.UTC(2026, 2, 4, 14, 30));
    expect(parseDateTime('2026-03-04T09:15:00Z')).toBe(Date.UTC(2026, 2, 4, 9, 15));
    expect(parseDateTime('46085.75')).toBe(Date.UTC(2026, 2, 4, 18, 0));
    expect(parseDateTime('04.03.2026')).toBe(Date.UTC(2026, 2, 4));
  });
});
