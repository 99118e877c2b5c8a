/** Every seeded time hangs off this fixed instant, so the seed never depends on the day it loads. */
export const SEED_NOW = '2026-11-20T12:00:00Z';
const SEED_NOW_MS = Date.parse(SEED_NOW);
const DAY = 86_400_000;

/** ISO without milliseconds, the form the DOM contract prints (`2026-03-02T10:00:00Z`). */
export const toIso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** A working-hours time `daysAgo` days before SEED_NOW (daysAgo ≥ 1 keeps it in the past). */
export function daysBefore(daysAgo: number, hour: number, minute: number): string {
  const midnight = Math.floor(SEED_NOW_MS / DAY) * DAY - daysAgo * DAY;
  return toIso(midnight + hour * 3_600_000 + minute * 60_000);
}

export const daysAfter = (days: number): string => toIso(Math.floor(SEED_NOW_MS / DAY) * DAY + days * DAY);

/** Days between an ISO time and SEED_NOW (whole days, rounded down). */
export const ageInDays = (iso: string): number => Math.floor((SEED_NOW_MS - Date.parse(iso)) / DAY);
