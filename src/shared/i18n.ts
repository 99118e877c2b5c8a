/**
 * Every user-facing string goes through chrome.i18n (assets/_locales/<lang>/messages.json).
 * Unit tests install a fake `chrome.i18n` backed by the English catalogue (tests/unit/setup.ts).
 */
import type en from '../../assets/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  const text = globalThis.chrome?.i18n?.getMessage(key, substitutions.map(String));
  // An empty answer means a missing key: show the key, never a blank where a label should be.
  return text || key;
}

export function uiLanguage(): string {
  return globalThis.chrome?.i18n?.getUILanguage?.() || 'en';
}

const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 864e5],
  ['month', 30 * 864e5],
  ['week', 7 * 864e5],
  ['day', 864e5],
  ['hour', 36e5],
  ['minute', 6e4],
];

/** "3 days ago", "in 2 hours", in the browser's UI language. */
export function relativeTime(at: number, now: number): string {
  const diff = at - now;
  const rtf = new Intl.RelativeTimeFormat(uiLanguage(), {numeric: 'auto'});
  for (const [unit, ms] of units) if (Math.abs(diff) >= ms) return rtf.format(Math.round(diff / ms), unit);
  return rtf.format(0, 'minute');
}

export function formatDateTime(at: number): string {
  return new Intl.DateTimeFormat(uiLanguage(), {dateStyle: 'medium', timeStyle: 'short'}).format(at);
}

export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(uiLanguage(), options).format(n);
}
