/**
 * Calendar dates for ad goals. Periods and metric rows are whole UTC days (the core has no time zone;
 * SPEC AG open point "time zone for today" — scenario times are UTC, so a day is a UTC day here, and the
 * background may shift instants before calling in). A day is kept as an integer "epoch day" so that
 * ranges, prefix sums and comparisons are plain integer work.
 */
import type {Instant, IsoDate} from '../model';

export const DAY_MS = 86_400_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Epoch day of a `YYYY-MM-DD` date, or undefined when it is not a real calendar date. */
export function readEpochDay(date: unknown): number | undefined {
  if (typeof date !== 'string') return undefined;
  const m = ISO_DATE.exec(date);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2026-02-30 over to March; a real date survives the round trip.
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
  return ms / DAY_MS;
}

/** Epoch day of a date already validated; throws with `where` otherwise (a programmer or input mistake). */
export function epochDay(date: IsoDate, where: string): number {
  const day = readEpochDay(date);
  if (day === undefined) throw new Error(`${where}: ${JSON.stringify(date)} is not a date YYYY-MM-DD`);
  return day;
}

export function dayStartAt(day: number): Instant {
  return day * DAY_MS;
}

/** The UTC day an instant falls in. */
export function dayOfInstant(at: Instant): number {
  return Math.floor(at / DAY_MS);
}

export function isoInstant(at: Instant): string {
  return new Date(at).toISOString().replace('.000Z', 'Z');
}
