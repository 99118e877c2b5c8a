/** `<input type="datetime-local">` speaks local wall-clock time; the data speaks UTC ISO. */
import {toIso} from '../../seed/time';

const two = (n: number): string => String(n).padStart(2, '0');

/** A Date as the value of a datetime-local input, in the browser's time zone, to the minute. */
export const toLocalInput = (date: Date): string =>
  `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}T${two(date.getHours())}:${two(date.getMinutes())}`;

/** The input's value as a UTC ISO time; throws a message naming the field when it is not a date. */
export function fromLocalInput(value: string, field: string): string {
  const ms = new Date(value).getTime();
  if (!value || Number.isNaN(ms)) throw new Error(`${field}: "${value}" is not a date and time`);
  return toIso(ms);
}

/**
 * The time to stamp: an untouched "now" default means "now, at submit", to the second, so an activity
 * logged after a simulated one sorts above it even within the same minute.
 */
export const chosenTime = (value: string, untouchedDefault: string, nowIso: string, field: string): string =>
  value === untouchedDefault ? nowIso : fromLocalInput(value, field);
