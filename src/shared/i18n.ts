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

let language: string | undefined;
/** Asked once per page (it does not change while a page lives): tables format hundreds of cells a render. */
export function uiLanguage(): string {
  return (language ??= globalThis.chrome?.i18n?.getUILanguage?.()) || 'en';
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
  for (const [unit, ms] of units) if (Math.abs(diff) >= ms) return relative(Math.round(diff / ms), unit);
  return relative(0, 'minute');
}

/** A table shows hundreds of these per render, mostly the same few ("3 days ago"): each is formatted once. */
function relative(value: number, unit: Intl.RelativeTimeFormatUnit): string {
  return rememberText(`r|${uiLanguage()}|${unit}|${value}`, () => cached('rtf', undefined, (lang) => new Intl.RelativeTimeFormat(lang, {numeric: 'auto'})).format(value, unit));
}

/**
 * Formatted text remembered by a key the caller chooses (it must name everything the text depends on):
 * tables format hundreds of numbers, instants and labels a render, most of them seen before.
 */
const texts = new Map<string, string>();
export function rememberText(key: string, make: () => string): string {
  let text = texts.get(key);
  if (text === undefined) {
    if (texts.size >= 20_000) texts.clear();
    texts.set(key, (text = make()));
  }
  return text;
}

export function formatDateTime(at: number): string {
  return cached('dtf', undefined, (lang) => new Intl.DateTimeFormat(lang, {dateStyle: 'medium', timeStyle: 'short'})).format(at);
}

export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
  return cached('nf', options, (lang) => new Intl.NumberFormat(lang, options)).format(n);
}

/**
 * Intl formatters are costly to construct (≈1 ms each in Chromium): a table of 100 rows with four
 * formatted cells each built hundreds per render. One per (kind, language, options) is kept.
 */
const formatters = new Map<string, unknown>();
function cached<T>(kind: string, options: object | undefined, make: (lang: string) => T): T {
  const lang = uiLanguage();
  const key = `${kind}|${lang}|${options ? JSON.stringify(options) : ''}`;
  let formatter = formatters.get(key) as T | undefined;
  if (formatter === undefined) formatters.set(key, (formatter = make(lang)));
  return formatter;
}
