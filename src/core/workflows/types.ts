/**
 * Workflow-goal state (SPEC.md section 1 "Data") and output (SCENARIO.md "Output"). All plain data:
 * the snapshot is this state, structured-cloned.
 */
import type {ContactFacts} from '../criteria/facts';
import type {Criteria, Id, Instant, Workflow} from '../model';

export type EnrollmentStatus = 'active' | 'completed' | 'goalMet' | 'unenrolled' | 'notEnrolled';
/** WG-9 reasons we model ("enrolled in another workflow" needs a setting SCENARIO.md does not have). */
export type UnenrollReason = 'goal' | 'suppression' | 'manual' | 'triggerNoLongerMet';

export interface Enrollment {
  status: EnrollmentStatus;
  /** Set the first time the contact is enrolled: WG-13 denominator, WG-21 "enrolled" (ever). */
  enrolledAt: Instant | null;
  /** Index of the next step to run. */
  next: number;
  /** When the next step is due (a delay), or null when it runs as soon as it is reached. */
  dueAt: Instant | null;
  /** Emitted event a paused run waits for (a setProperty step; see engine.ts "resume"). */
  awaiting: Id | null;
  stepsRun: string[];
  /** Marketing emails (not internal) this workflow sent the contact: WG-10. */
  emailsSent: number;
  counted: boolean;
  goalMetAt: Instant | null;
  goalCriterion: string | null;
  reason: UnenrollReason | null;
  /** Why the contact is not enrolled: WG-5 (already met the goal) or WG-23 (suppression list). */
  notEnrolledBecause: 'goal' | 'suppression' | null;
  /** The last decision, "WG-…: …", for the output's `why`. */
  why: string;
}

export interface WorkflowStats {
  enrolled: number;
  goalMet: number;
  goalMetCounted: number;
  notEnrolledAlreadyMetGoal: number;
  active: number;
  completed: number;
  unenrolled: Record<UnenrollReason, number>;
}

/** IDEA-4: the figures WG-17 wiped, kept for viewing, export and restore. */
export interface GoalReset {
  clearedAt: Instant;
  clearedGoal: Criteria | null;
  goalMet: number;
  goalMetCounted: number;
  conversionRate: number | null;
  countedContactIds: Id[];
  countedByDay: Record<string, number>;
  restored: boolean;
}

export interface WorkflowRun {
  def: Workflow;
  enrollments: Map<Id, Enrollment>;
  stats: WorkflowStats;
  /** WG-15: counted contacts per UTC day (YYYY-MM-DD) of counting. */
  countedByDay: Record<string, number>;
  /** WG-7: contacts unenrolled because they met the goal, in the order it happened. */
  goalMetUnenrolled: Id[];
  goalResets: GoalReset[];
  /** SPEC "log of goal edits" (WG-17/18). */
  goalEdits: Array<{at: Instant; goal: Criteria | null; eventId?: Id}>;
}

/** WG-16: "met the goal of workflow W" on the contact's history. */
export interface HistoryEntry {
  workflowId: Id;
  at: Instant;
  criterion: string | null;
}

export interface DueItem {
  at: Instant;
  seq: number;
  workflowId: Id;
  contactId: Id;
  /** Not a step: re-evaluate the triggers and goal, as a counted event has just left a `withinDays` window. */
  recheck?: true;
  /** A re-check for several workflows at once (in this order); `workflowId` is then the first. */
  workflowIds?: Id[];
}

export interface WorkflowSnapshot {
  version: 1;
  /** Initial trigger evaluation over the world's contacts has run. */
  started: boolean;
  clock: Instant;
  seq: number;
  facts: Map<Id, ContactFacts>;
  lists: Map<Id, Set<Id>>;
  runs: WorkflowRun[];
  /** Min-heap by (at, seq). */
  due: DueItem[];
  /** emitted event id → the enrollment whose run resumes when it comes back. */
  awaiting: Map<Id, {workflowId: Id; contactId: Id; at: Instant}>;
  history: Map<Id, HistoryEntry[]>;
}

export interface WorkflowOutputEntry {
  enrolled: number;
  goalMet: number;
  goalMetCounted: number;
  conversionRate: number | null;
  notEnrolledAlreadyMetGoal: number;
  active: number;
  completed: number;
  unenrolled: Record<UnenrollReason, number>;
  countedByDay: Record<string, number>;
  goalMetUnenrolled: Id[];
  goalResets: Array<Omit<GoalReset, 'clearedAt'> & {clearedAt: string}>;
}

export interface EnrollmentOutput {
  status: EnrollmentStatus;
  counted: boolean;
  stepsRun: string[];
  why: string;
  reason?: UnenrollReason;
  goalMetAt?: string;
}

export interface WorkflowOutput {
  workflows: Record<Id, WorkflowOutputEntry>;
  enrollments: Record<Id, Record<Id, EnrollmentOutput>>;
  contactHistory: Record<Id, Array<{workflowId: Id; at: string; criterion: string | null}>>;
}
