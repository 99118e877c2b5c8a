/**
 * Dates as exports write them: ISO "2026-03-02" (optionally with a time), "3/2/2026" (US month first,
 * unless the column shows a day above 12 → day first), "02.03.2026" (always day first), "2026/03/02",
 * "Mar 2, 2026", "2 March 2026", and Excel serial numbers (days since 1899-12-30).
 * Results are calendar dates `YYYY-MM-DD`; date-times are read as UTC epoch milliseconds.
 */
import type {Instant, IsoDate} from '../core/model';

export type DateOrder = 'mdy' | 'dmy';

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ])/;
const YMD_SLASH = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:$|[T ,])/;
const NUMERIC = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})\.?(?:$|[T ,])/;
const SERIAL = /^\d{5}(?:\.\d+)?$/;
const MONTH_FIRST = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})/;
const DAY_FIRST = /^(\d{1,2})\.? ([A-Za-z]{3,9})\.?,? (\d{4})/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A calendar date, or undefined when the text is not one. */
export function parseDate(raw: string, order: DateOrder = 'mdy'): IsoDate | undefined {
  const s = raw.trim();
  let m = ISO.exec(s) ?? YMD_SLASH.exec(s);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  m = NUMERIC.exec(s);
  if (m) {
    const year = m[4].length === 2 ? 2000 + +m[4] : +m[4];
    const dayFirst = m[2] === '.' || order === 'dmy';
    return dayFirst ? ymd(year, +m[3], +m[1]) : ymd(year, +m[1], +m[3]);
  }
  if (SERIAL.test(s)) return fromSerial(Math.floor(Number(s)));
  m = MONTH_FIRST.exec(s);
  if (m) return ymd(+m[3], monthOf(m[1]), +m[2]);
  m = DAY_FIRST.exec(s);
  if (m) return ymd(+m[3], monthOf(m[2]), +m[1]);
  return undefined;
}

/** Day-first when any slash date in the column has a first part above 12; month-first otherwise. */
export function detectDateOrder(values: Iterable<string>, fallback: DateOrder = 'mdy'): DateOrder {
  for (const value of values) {
    const m = NUMERIC.exec(value.trim());
    if (!m || m[2] === '.') continue;
    if (+m[1] > 12) return 'dmy';
    if (+m[3] > 12) return 'mdy';
  }
  return fallback;
}

const TIME = /(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?/;

/** Date plus optional time ("2026-03-02 14:30", "3/2/2026 2:30 PM", ISO with Z) as UTC epoch ms. */
export function parseDateTime(raw: string, order: DateOrder = 'mdy'): Instant | undefined {
  const date = parseDate(raw, order);
  if (!date) return undefined;
  const [y, mo, d] = date.split('-').map(Number);
  // The time follows the date; skip the date itself so "02.03.2026" is not read as a time.
  const rest = raw.trim().replace(/^[^\sT]+/, '');
  const t = SERIAL.test(raw.trim()) ? undefined : TIME.exec(rest);
  let minutes = 0;
  if (t) {
    let hours = +t[1] % 24;
    if (t[4]) hours = (hours % 12) + (t[4].toLowerCase() === 'pm' ? 12 : 0);
    minutes = hours * 60 + +t[2] + (t[3] ? +t[3] / 60 : 0);
  } else if (SERIAL.test(raw.trim())) {
    minutes = Math.round((Number(raw.trim()) % 1) * 24 * 60);
  }
  return Date.UTC(y, mo - 1, d) + Math.round(minutes * 60_000);
}

function monthOf(name: string): number {
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return index === -1 ? 0 : index + 1;
}

function fromSerial(serial: number): IsoDate | undefined {
  // Excel's day 60 is the fictitious 1900-02-29; serials this large are all after it.
  if (serial < 20000 || serial > 80000) return undefined;
  const ms = Date.UTC(1899, 11, 30) + serial * 86_400_000;
  const d = new Date(ms);
  return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function ymd(year: number, month: number, day: number): IsoDate | undefined {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2999) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
