/**
 * Enrollment state transitions. Each keeps the workflow's counters in step with the enrollment, so the
 * figures never need a scan over contacts (DESIGN.md "Incremental").
 *
 *   (none) ──enroll──▶ active ──last step──▶ completed ──goal met (WG-8)──▶ goalMet
 *     │                 │ └──goal met before a step (WG-6)──▶ goalMet
 *     └▶ notEnrolled    └──suppression / manual / triggers no longer met (WG-9)──▶ unenrolled
 *        (WG-5, WG-23; retried when the triggers' facts change)
 */
import type {Id, Instant, Workflow} from '../model';
import type {Enrollment, UnenrollReason, WorkflowRun, WorkflowStats} from './types';

export function newRun(def: Workflow): WorkflowRun {
  return {
    def,
    enrollments: new Map(),
    stats: {
      enrolled: 0,
      goalMet: 0,
      goalMetCounted: 0,
      notEnrolledAlreadyMetGoal: 0,
      active: 0,
      completed: 0,
      unenrolled: {goal: 0, suppression: 0, manual: 0, triggerNoLongerMet: 0},
    },
    countedByDay: {},
    goalMetUnenrolled: [],
    goalResets: [],
    goalEdits: [],
  };
}

/** WG-14: only a send-marketing-email action to the contact (not an internal one) makes a conversion metric. */
export function hasMarketingEmail(def: Pick<Workflow, 'steps'>): boolean {
  return def.steps.some((s) => s.type === 'sendMarketingEmail' && !s.internal);
}

/** WG-13; null with nobody enrolled (open point: default "–", not 0%) or without a marketing email (WG-14). */
export function conversionRate(def: Pick<Workflow, 'steps'>, stats: WorkflowStats): number | null {
  if (!hasMarketingEmail(def) || stats.enrolled === 0) return null;
  return stats.goalMetCounted / stats.enrolled;
}

export const utcDay = (at: Instant) => new Date(at).toISOString().slice(0, 10);

function blank(why: string): Enrollment {
  return {
    status: 'notEnrolled',
    enrolledAt: null,
    next: 0,
    dueAt: null,
    awaiting: null,
    stepsRun: [],
    emailsSent: 0,
    counted: false,
    goalMetAt: null,
    goalCriterion: null,
    reason: null,
    notEnrolledBecause: null,
    why,
  };
}

/** WG-5 / WG-23: record that the contact was kept out. Returns false when nothing changed. */
export function markNotEnrolled(run: WorkflowRun, contactId: Id, because: 'goal' | 'suppression', why: string): boolean {
  let e = run.enrollments.get(contactId);
  if (e === undefined) {
    e = blank(why);
    run.enrollments.set(contactId, e);
  } else if (e.status !== 'notEnrolled') {
    throw new Error(`workflow ${run.def.id}: contact ${contactId} is ${e.status}, not a candidate`);
  } else if (e.notEnrolledBecause === because) {
    return false;
  }
  if (e.notEnrolledBecause === 'goal') run.stats.notEnrolledAlreadyMetGoal--;
  if (because === 'goal') run.stats.notEnrolledAlreadyMetGoal++;
  e.notEnrolledBecause = because;
  e.why = why;
  return true;
}

/** Enroll; the denominator counts distinct contacts (open point default), and a contact enrolls once. */
export function markEnrolled(run: WorkflowRun, contactId: Id, now: Instant, why: string): Enrollment {
  let e = run.enrollments.get(contactId);
  if (e === undefined) {
    e = blank(why);
    run.enrollments.set(contactId, e);
  } else if (e.status !== 'notEnrolled') {
    throw new Error(`workflow ${run.def.id}: contact ${contactId} is already ${e.status}`);
  }
  if (e.notEnrolledBecause === 'goal') run.stats.notEnrolledAlreadyMetGoal--;
  e.notEnrolledBecause = null;
  e.status = 'active';
  e.enrolledAt = now;
  e.why = why;
  run.stats.enrolled++;
  run.stats.active++;
  return e;
}

export function markUnenrolled(run: WorkflowRun, e: Enrollment, reason: Exclude<UnenrollReason, 'goal'>, why: string): void {
  if (e.status !== 'active') throw new Error(`workflow ${run.def.id}: only an active enrollment can be unenrolled`);
  e.status = 'unenrolled';
  e.reason = reason;
  e.dueAt = null;
  e.awaiting = null;
  e.why = why;
  run.stats.active--;
  run.stats.unenrolled[reason]++;
}

export function markCompleted(run: WorkflowRun, e: Enrollment, why: string): void {
  e.status = 'completed';
  e.dueAt = null;
  e.why = why;
  run.stats.active--;
  run.stats.completed++;
}

/**
 * The goal is met, while active (WG-6: unenrolled, reason goal) or after completing (WG-8). Counted
 * when this workflow has sent the contact a marketing email (WG-10), at most once (WG-12).
 */
export function markGoalMet(run: WorkflowRun, contactId: Id, e: Enrollment, now: Instant, criterion: string | null, why: string): boolean {
  const wasActive = e.status === 'active';
  if (!wasActive && e.status !== 'completed') throw new Error(`workflow ${run.def.id}: a ${e.status} enrollment cannot meet the goal`);
  if (wasActive) {
    run.stats.active--;
    run.stats.unenrolled.goal++;
    run.goalMetUnenrolled.push(contactId);
    e.reason = 'goal';
  } else {
    run.stats.completed--;
  }
  e.status = 'goalMet';
  e.dueAt = null;
  e.awaiting = null;
  e.goalMetAt = now;
  e.goalCriterion = criterion;
  e.why = why;
  run.stats.goalMet++;
  if (hasMarketingEmail(run.def) && e.emailsSent > 0 && !e.counted) {
    e.counted = true;
    run.stats.goalMetCounted++;
    const day = utcDay(now);
    run.countedByDay[day] = (run.countedByDay[day] ?? 0) + 1;
  }
  return e.counted;
}
