/** Relative times as the tables show them ("3 days ago"), remembered per unit and value. */
import {describe, expect, test} from 'vitest';
import {relativeTime} from './i18n';

const NOW = Date.parse('2026-11-23T12:00:00Z');
const DAY = 864e5;

describe('relativeTime', () => {
  test('past and future in the largest whole unit, the same text every time it is asked', () => {
    expect(relativeTime(NOW - 3 * DAY, NOW)).toBe('3 days ago');
    expect(relativeTime(NOW + 2 * 36e5, NOW)).toBe('in 2 hours');
    expect(relativeTime(NOW - 3 * DAY - 1000, NOW)).toBe('3 days ago');
    expect(relativeTime(NOW - DAY, NOW)).toBe('yesterday');
    expect(relativeTime(NOW + 10_000, NOW)).toBe('this minute');
    expect(relativeTime(NOW - 400 * DAY, NOW)).toBe('last year');
  });
});
