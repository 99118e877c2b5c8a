/**
 * The lead engine's state, snapshot and output shapes. All plain data (structured-cloneable).
 */
import type {Id, Instant, LeadStage} from '../model';
import type {FactsSnapshot} from './contact-facts';
import type {StageAction} from './stage-actions';

/** SCENARIO.md output: who created the lead. Captured and imported leads count as "scenario". */
export type LeadCreatedBy = 'scenario' | 'lifecycleStage' | 'followUp';

/** SPEC LA "Data": stage history cause — creation, manual move, or automation with its trigger. */
export type StageCause = 'creation' | 'import' | 'manual' | 'disqualified' | 'automation';

export interface StageChange {
  from: LeadStage | null;
  to: LeadStage;
  at: Instant;
  cause: StageCause;
  /** For automation and creation by automation: the SPEC rule, e.g. "LA-5". */
  rule?: string;
  eventId?: Id;
}

/** LA-7 / IDEA-5: set when a user moves the lead back; cleared only by re-arming. */
export interface LeadLock {
  at: Instant;
  /** The user, when the event names one (leadMovedManually carries no userId in SCENARIO.md). */
  by: Id | null;
  reason: 'movedBack';
  eventId: Id;
}

export interface LeadState {
  id: Id;
  contactId: Id;
  stage: LeadStage;
  pipelineId?: Id;
  ownerId?: Id;
  leadType?: string;
  createdBy: LeadCreatedBy;
  /** null for leads that were in the input before any event. */
  createdAt: Instant | null;
  /** LA-10: the disqualified lead this one follows up. */
  followUpOf?: Id;
  disqualificationReason: string | null;
  lock: LeadLock | null;
  history: StageChange[];
  /** LA-13: stage actions run for this lead, in order (shown on the lead; checked by scenario files). */
  actionsRun: ActionRun[];
}

export interface ActionRun {
  stage: LeadStage;
  actionId: Id;
  type: string;
  at: Instant;
  /** sendEmail: what was recorded as sent. */
  templateId?: string;
  subject?: string;
  /** branch: the arm taken and the criterion it tested. */
  branch?: 'yes' | 'no';
  criterion?: string;
}

/** A lead this engine asked for (emitted recordUpserted) and will create when that event comes back. */
export interface PendingCreation {
  leadId: Id;
  contactId: Id;
  createdBy: Exclude<LeadCreatedBy, 'scenario'>;
  rule: 'LA-8' | 'LA-10';
  eventId: Id;
  ownerId?: Id;
  leadType?: string;
  followUpOf?: Id;
}

/** LA-13: a stage's action list running for one lead; waits here while a delay runs. */
export interface PendingRun {
  runId: string;
  leadId: Id;
  stage: LeadStage;
  /** Copied when the lead entered the stage: later edits of the settings do not change a run under way. */
  actions: StageAction[];
  next: number;
  dueAt: Instant;
  /** The event that made the lead enter the stage. */
  causeEventId: Id;
  /** Tie-break for runs due at the same time: start order. */
  seq: number;
}

export interface LeadSnapshot {
  version: 1;
  leads: LeadState[];
  /** Last known lifecycle stage per contact (LA-8 acts on a change, so it needs the previous value). */
  contactStages: Record<Id, string | null>;
  pending: PendingCreation[];
  runs: PendingRun[];
  seq: number;
  /** LA-13 branch criteria's contact facts (absent in snapshots from before branches: rebuilt empty). */
  contactFacts?: FactsSnapshot;
}

/**
 * Output per lead. SCENARIO.md fixes stage, contactId, automationLocked and createdBy; the rest is for the
 * UI: pipelineId (LA-1 read-only badge), ownerId, leadType, followUpOf, createdAt, disqualificationReason,
 * lock {at, by, reason, eventId} (IDEA-5 badge), history [{from, to, at, cause, rule?, eventId?}] and
 * actionsRun [{stage, actionId, type, at}]. Times are ISO 8601 UTC strings, as in the scenario file.
 */
export interface LeadOutput {
  stage: LeadStage;
  contactId: Id;
  automationLocked: boolean;
  createdBy: LeadCreatedBy;
  pipelineId: Id;
  ownerId?: Id;
  leadType?: string;
  followUpOf?: Id;
  createdAt: string | null;
  disqualificationReason: string | null;
  lock: (Omit<LeadLock, 'at'> & {at: string}) | null;
  history: Array<Omit<StageChange, 'at'> & {at: string}>;
  actionsRun: Array<Omit<ActionRun, 'at'> & {at: string}>;
}

/**
 * `leadsByContact` (not in SCENARIO.md) lists every contact the engine knows with its lead ids ([] for
 * none): the lead-stage badge on a contact record needs it, and scenario files use it to say "no lead was
 * created" (a partial match cannot express a missing key). Omitted when the input has no lead section.
 */
export interface LeadsOutput {
  leads: Record<Id, LeadOutput>;
  leadsByContact?: Record<Id, Id[]>;
}
