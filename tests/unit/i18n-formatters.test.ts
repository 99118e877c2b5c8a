/** The shared formatters are cached per (kind, language, options): caching must not mix options up. */
import {expect, test} from 'vitest';
import {formatDateTime, formatNumber, relativeTime} from '../../src/shared/i18n';

test('formatNumber keeps each options set apart while reusing formatters', () => {
  expect(formatNumber(1234.5)).toBe('1,234.5');
  expect(formatNumber(0.256, {style: 'percent'})).toBe('26%');
  expect(formatNumber(1234.5, {maximumFractionDigits: 0})).toBe('1,235');
  expect(formatNumber(0.5, {style: 'percent'})).toBe('50%');
  expect(formatNumber(1234.5)).toBe('1,234.5');
});

test('relativeTime and formatDateTime still format each call', () => {
  const now = Date.UTC(2026, 10, 23, 12);
  expect(relativeTime(now - 3 * 86_400_000, now)).toBe('3 days ago');
  expect(relativeTime(now + 2 * 3_600_000, now)).toBe('in 2 hours');
  expect(relativeTime(now, now)).toBe('this minute');
  expect(formatDateTime(now)).not.toBe(formatDateTime(now + 86_400_000));
});
