/**
 * AG-12: the periods of a goal. Every goal has a start and an end date (SPEC open point "milestone":
 * every goal has both, non-custom durations too); periods are calendar weeks, months, quarters or years
 * clipped to [start, end], or one period for a custom duration.
 *
 * date-fns does the calendar work on local-time Date objects built from year/month/day only, so the
 * host's time zone never shifts a date (we read the dates back with the same local calendar).
 */
import {addDays, addMonths, addWeeks, startOfMonth, startOfWeek} from 'date-fns';
import type {AdGoal, AdGoalDuration, Instant, IsoDate} from '../model';
import {dayStartAt, epochDay} from './dates';

export interface Period {
  start: IsoDate;
  /** Inclusive, as shown to users. */
  end: IsoDate;
  startDay: number;
  endDay: number;
  startAt: Instant;
  /** Exclusive: the instant the period is over (its milestone, AG-21). */
  endAt: Instant;
}

/** Weekly, 100 years; a bigger span is a typo, and it would make every refresh slow. */
export const MAX_PERIODS = 5300;

const localDate = (iso: IsoDate): Date => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y, m - 1, d);
};
// date-fns' format() is ~10× slower and this runs once per period on every engine start.
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const isoOf = (date: Date): IsoDate => `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;

/**
 * The first day of the period containing `date`. Weeks start on Monday (SPEC open point: account
 * setting, default Monday). Fiscal alignment (AG-12) moves quarter and year boundaries to the fiscal
 * year start month; weeks and months are the same in both calendars.
 */
function periodStartOf(date: Date, duration: Exclude<AdGoalDuration, 'custom'>, fiscalStartMonth: number): Date {
  if (duration === 'weekly') return startOfWeek(date, {weekStartsOn: 1});
  const month = startOfMonth(date);
  if (duration === 'monthly') return month;
  const span = duration === 'quarterly' ? 3 : 12;
  const monthsIntoFiscalYear = (month.getMonth() - (fiscalStartMonth - 1) + 12) % 12;
  return addMonths(month, -(monthsIntoFiscalYear % span));
}

function nextPeriodStart(start: Date, duration: Exclude<AdGoalDuration, 'custom'>): Date {
  if (duration === 'weekly') return addWeeks(start, 1);
  return addMonths(start, duration === 'monthly' ? 1 : duration === 'quarterly' ? 3 : 12);
}

function period(start: IsoDate, end: IsoDate): Period {
  const startDay = epochDay(start, 'period start');
  const endDay = epochDay(end, 'period end');
  return {start, end, startDay, endDay, startAt: dayStartAt(startDay), endAt: dayStartAt(endDay + 1)};
}

/**
 * The goal's periods in order. `fiscalYearStartMonth` is 1..12 (world setting); it matters only when
 * the goal has `alignToFiscalYear`. Throws when start/end are not dates or end is before start — goals
 * are validated (validate.ts) before they reach here.
 */
export function buildPeriods(
  goal: Pick<AdGoal, 'id' | 'duration' | 'start' | 'end' | 'alignToFiscalYear'>,
  fiscalYearStartMonth: number,
): Period[] {
  const startDay = epochDay(goal.start, `adGoal ${goal.id} start`);
  const endDay = epochDay(goal.end, `adGoal ${goal.id} end`);
  if (endDay < startDay) throw new Error(`adGoal ${goal.id}: end ${goal.end} is before start ${goal.start}`);
  if (goal.duration === 'custom') return [period(goal.start, goal.end)];
  const fiscal = goal.alignToFiscalYear ? fiscalYearStartMonth : 1;
  const periods: Period[] = [];
  let cursor = periodStartOf(localDate(goal.start), goal.duration, fiscal);
  for (let cursorIso = isoOf(cursor); cursorIso <= goal.end; cursorIso = isoOf(cursor)) {
    const next = nextPeriodStart(cursor, goal.duration);
    const lastDay = isoOf(addDays(next, -1));
    const start = cursorIso < goal.start ? goal.start : cursorIso;
    periods.push(period(start, lastDay > goal.end ? goal.end : lastDay));
    if (periods.length > MAX_PERIODS) throw new Error(`adGoal ${goal.id}: more than ${MAX_PERIODS} periods`);
    cursor = next;
  }
  return periods;
}

/** Index of the period containing `day`, or -1. Periods are contiguous and sorted. */
export function periodIndexOfDay(periods: Period[], day: number): number {
  let lo = 0;
  let hi = periods.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (day < periods[mid].startDay) hi = mid - 1;
    else if (day > periods[mid].endDay) lo = mid + 1;
    else return mid;
  }
  return -1;
}
