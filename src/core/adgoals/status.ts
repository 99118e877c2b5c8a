/**
 * AG-8, AG-19..21: progress and status.
 *
 * Readings (SPEC open points, defaults as suggested):
 * - "Milestone" = the end of each period: a period has its own status from its end on, and the goal's
 *   status comes from the whole span at the goal's end. Until then it is In progress, even past 100%.
 * - "Exactly 100%" compares actual with target directly, not a rounded percentage. Only floating-point
 *   noise (a relative 1e-9) counts as equal, so 0.1 + 0.2 against 0.3 is achieved.
 * - Cost per contact, lower is better (AG-8): actual below target → exceeded (better than asked), equal →
 *   achieved, above → missed; progress = target ÷ actual; no contacts → no actual, progress 0 → missed.
 * Progress is a fraction (1 = 100%). An unbounded progress (a count above a 0 target, or a cost of 0
 * per contact) is reported as null; 0 ÷ 0 is 1 (actual equals target).
 */
import type {AdGoalStatus, AdGoalTemplate, Instant} from '../model';

const lowerIsBetter = (template: AdGoalTemplate) => template === 'costPerContactInStage';

export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function ratio(numerator: number, denominator: number): number | null {
  if (sameValue(numerator, denominator)) return 1;
  if (denominator === 0) return null;
  return numerator / denominator;
}

export function progressOf(template: AdGoalTemplate, actual: number | null, target: number): number | null {
  if (actual === null) return 0;
  return lowerIsBetter(template) ? ratio(target, actual) : ratio(actual, target);
}

/** AG-21: the status at the milestone. */
export function finalStatus(template: AdGoalTemplate, actual: number | null, target: number): 'achieved' | 'exceeded' | 'missed' {
  if (actual === null) return 'missed';
  if (sameValue(actual, target)) return 'achieved';
  const better = lowerIsBetter(template) ? actual < target : actual > target;
  return better ? 'exceeded' : 'missed';
}

/**
 * AG-19/20/21 for a span [startAt, endAt) as of the last refresh. Nothing measured yet (no refresh at
 * or after the start) is Pending.
 */
export function spanStatus(
  span: {startAt: Instant; endAt: Instant},
  refreshedAt: Instant | null,
  result: {template: AdGoalTemplate; actual: number | null; target: number},
): AdGoalStatus {
  if (refreshedAt === null || refreshedAt < span.startAt) return 'pending';
  if (refreshedAt < span.endAt) return 'inProgress';
  return finalStatus(result.template, result.actual, result.target);
}
