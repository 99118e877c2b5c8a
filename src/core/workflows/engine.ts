/**
 * The workflow-goals rule set (SPEC.md section 1) as a DomainEngine.
 *
 * Cost per event: an event folds into one contact's facts, then the dependency index names the
 * workflows whose triggers or goal read what changed; only those are evaluated, for that contact only.
 * Nothing here scans all contacts except the first trigger evaluation (`start`) and a goal edit, which
 * re-checks that workflow's completed enrollments (WG-8 under the new criteria, WG-18).
 */
import {compileCached, type CompiledCriteria, type EvalEnv} from '../criteria/compile';
import {criteriaDeps, DependencyIndex, type FactKind} from '../criteria/deps';
import {describeCriterion} from '../criteria/describe';
import {EMPTY_FACTS, type ContactFacts} from '../criteria/facts';
import {DAY_MS} from '../criteria/vocabulary';
import type {Criteria, DomainEngine, Effect, Id, Instant, ScenarioEvent, TrailEntry, Workflow, World} from '../model';
import {popDue, peekDue, pushDue} from './due-queue';
import {clearGoal, editGoal, restoreGoal} from './goal-edits';
import {markCompleted, markEnrolled, markGoalMet, markNotEnrolled, markUnenrolled} from './enrollment';
import {buildOutput} from './output';
import {runStep, stepLabel} from './steps';
import type {Enrollment, GoalReset, WorkflowOutput, WorkflowRun, WorkflowSnapshot} from './types';
import {foldEvent, initialState, newFactChange, type FactChange} from './world-state';

/** Per workflow, derived from its definition and rebuilt when the goal changes; never in a snapshot. */
interface RunCache {
  trigger: CompiledCriteria | null;
  goal: CompiledCriteria | null;
  /** `stepsRun` labels and WG-6 trail messages, built once instead of per contact. */
  labels: string[];
  stepMessages: string[];
  /** Event type → the `withinDays` windows (ms) its trigger and goal count it in (WG-2 re-checks). */
  windows: Map<string, number[]>;
  /** Position in `runs`: the slot of this workflow in a contact's enrollment slots. */
  idx: number;
}
interface Sub {
  run: WorkflowRun;
  c: RunCache;
  role: 'enrollment' | 'goal';
}
/** WG-2 re-checks one event schedules: per window, the contact workflows (in run order) counting it. */
interface RecheckGroup {
  window: number;
  workflowIds: Id[];
}
type Result = {effects: Effect[]; trail: TrailEntry[]};
/** Most calls decide nothing: they share one empty (frozen) result instead of allocating one. */
const NOTHING: Result = Object.freeze({effects: Object.freeze([]) as unknown as Effect[], trail: Object.freeze([]) as unknown as TrailEntry[]}) as Result;
const NO_WAITING: ReadonlyArray<[Id, {workflowId: Id; contactId: Id; at: Instant}]> = [];

/** Event type → distinct `withinDays` windows in ms, over every event leaf of the given criteria. */
function timedWindows(criteria: Array<Criteria | null>): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const walk = (c: Criteria | null): void => {
    if (c === null) return;
    if ('all' in c) c.all.forEach(walk);
    else if ('any' in c) c.any.forEach(walk);
    else if ('not' in c) walk(c.not);
    else if ('event' in c && c.withinDays !== undefined) {
      const ms = c.withinDays * DAY_MS;
      const list = out.get(c.event) ?? [];
      if (!list.includes(ms)) list.push(ms);
      out.set(c.event, list);
    }
  };
  criteria.forEach(walk);
  return out;
}

export function createWorkflowEngine(world: World, snapshot?: WorkflowSnapshot): WorkflowEngine {
  return new WorkflowEngine(world, snapshot);
}

export class WorkflowEngine implements DomainEngine<WorkflowOutput, WorkflowSnapshot> {
  private readonly s: WorkflowSnapshot;
  private readonly runs: Map<Id, WorkflowRun>;
  private index = new DependencyIndex<Sub>();
  private readonly env: EvalEnv;
  private effects: Effect[] = [];
  private trail: TrailEntry[] = [];
  private readonly cache = new Map<WorkflowRun, RunCache>();
  /** Event type → re-check groups (derived from the definitions, rebuilt with the index). */
  private recheckGroups = new Map<string, RecheckGroup[]>();
  /**
   * Contact → its enrollments by run position, so one event's many workflow checks share one lookup
   * instead of probing each workflow's big enrollment map. Derived (rebuilt from the runs on load).
   */
  private readonly slots = new Map<Id, Array<Enrollment | undefined>>();
  // Fact changes still to process, as parallel arrays (no object per change on the hot path).
  private readonly pendingContact: Id[] = [];
  private readonly pendingKind: FactKind[] = [];
  private readonly pendingName: string[] = [];
  /** foldEvent's answer, reused for every event (read at once, never kept). */
  private readonly change: FactChange = newFactChange();

  constructor(world: World, snapshot?: WorkflowSnapshot) {
    this.s = snapshot ? structuredClone(snapshot) : initialState(world);
    this.runs = new Map(this.s.runs.map((r) => [r.def.id, r]));
    this.rebuildIndex();
    this.s.runs.forEach((run, idx) => {
      for (const [contactId, e] of run.enrollments) this.slotFor(contactId)[idx] = e;
    });
    this.env = {
      now: 0,
      lists: this.s.lists,
      workflowState: (workflowId, state, contactId) => {
        const e = this.runs.get(workflowId)?.enrollments.get(contactId);
        if (e === undefined) return false;
        // WG-21 open point default: "enrolled" = ever enrolled (current or past). WG-19: goalMet = counted.
        return state === 'enrolled' ? e.enrolledAt !== null : e.counted;
      },
    };
  }

  apply(event: ScenarioEvent): Result {
    this.start(event.at);
    // No workflows: nothing reads the facts (a goal edit names a workflow), and adding the first workflow
    // is a rules change, which rebuilds from the log. Folding every activity anyway cost a rep who only
    // uses target accounts 30 MB of snapshot at 500,000 activities.
    if (this.s.runs.length === 0) return this.flush();
    const at = event.at;
    if (event.type === 'goalChanged') this.changeGoal(event.workflowId, event.goal, at, event.id);
    const change = foldEvent(this.s, event, this.change);
    if (change !== null) {
      const {contactId, kinds, names} = change;
      for (let i = 0; i < kinds.length; i++) this.queue(contactId, kinds[i], names[i]);
      if (kinds.length > 0 && kinds[0] === 'event') this.scheduleRechecks(names[0], contactId, at);
      if (change.isNew) for (const run of this.s.runs) this.evaluateTrigger(run, contactId, at, event.id);
    }
    if (event.type === 'enrolledManually') this.enrollManually(event.workflowId, event.contactId, at, event.id);
    if (event.type === 'unenrolledManually') this.unenrollManually(event.workflowId, event.contactId, at, event.id);
    if (event.type === 'goalResetRestored') this.restoreReset(event.workflowId, event.index, at, event.id);
    this.drain(at, event.id);
    const waiting = this.s.awaiting.size === 0 ? undefined : this.s.awaiting.get(event.id);
    if (waiting !== undefined) {
      // The setProperty step's change is now in the facts: continue that run (next goal check sees it).
      this.s.awaiting.delete(event.id);
      this.resume(waiting.workflowId, waiting.contactId, waiting.at, event.id);
    }
    this.runDue(this.s.clock);
    return this.flush();
  }

  advanceTo(at: Instant): Result {
    // A run paused in an earlier call whose emitted event never came back (dropped as a repeat)
    // continues anyway; runs paused during this call wait for their event as usual.
    const stale = this.s.awaiting.size === 0 ? NO_WAITING : [...this.s.awaiting];
    this.start(at);
    for (const [id, w] of stale) {
      this.s.awaiting.delete(id);
      this.resume(w.workflowId, w.contactId, w.at, undefined);
    }
    if (at > this.s.clock) this.s.clock = at;
    this.runDue(at);
    return this.flush();
  }

  output(): WorkflowOutput {
    return buildOutput(this.s);
  }

  snapshot(): WorkflowSnapshot {
    return structuredClone(this.s);
  }

  /** IDEA-4: the figures each WG-17 reset wiped, oldest first. */
  goalResets(workflowId: Id): readonly GoalReset[] {
    return this.runs.get(workflowId)?.goalResets ?? [];
  }

  /** The workflow definitions as run now, goal edits included. Shared, not copies: do not mutate. */
  definitions(): Workflow[] {
    return this.s.runs.map((r) => r.def);
  }

  // ------------------------------------------------------------ evaluation

  private rebuildIndex(): void {
    this.index = new DependencyIndex<Sub>();
    const groups = new Map<string, RecheckGroup[]>();
    this.s.runs.forEach((run, idx) => {
      const goalText = run.def.goal === null ? 'no goal' : 'goal not met';
      const labels = run.def.steps.map(stepLabel);
      const c: RunCache = {
        trigger: run.def.enrollment === null ? null : compileCached(run.def.enrollment),
        goal: run.def.goal === null ? null : compileCached(run.def.goal),
        labels,
        stepMessages: labels.map((label, i) => `WG-6: ${goalText}; ran step ${i + 1} (${label}).`),
        windows: timedWindows([run.def.enrollment, run.def.goal]),
        idx,
      };
      this.cache.set(run, c);
      if (run.def.objectType !== 'contact') return;
      for (const [eventType, windows] of c.windows) {
        let list = groups.get(eventType);
        if (list === undefined) groups.set(eventType, (list = []));
        for (const window of windows) {
          const group = list.find((g) => g.window === window);
          if (group === undefined) list.push({window, workflowIds: [run.def.id]});
          else group.workflowIds.push(run.def.id);
        }
      }
      const trigger = criteriaDeps(run.def.enrollment);
      // A suppression list change can make a kept-out contact eligible again (WG-23).
      for (const l of run.def.suppressionLists) trigger.lists.add(l);
      this.index.add(trigger, {run, c, role: 'enrollment'});
      this.index.add(criteriaDeps(run.def.goal), {run, c, role: 'goal'});
    });
    this.recheckGroups = groups;
  }

  private lastSlotId: Id | undefined;
  private lastSlot: Array<Enrollment | undefined> | undefined;
  /** The contact's enrollment in the workflow at `c.idx` (the last contact's slots are remembered). */
  private enrollmentOf(c: RunCache, contactId: Id): Enrollment | undefined {
    if (contactId !== this.lastSlotId) {
      this.lastSlotId = contactId;
      this.lastSlot = this.slots.get(contactId);
    }
    return this.lastSlot === undefined ? undefined : this.lastSlot[c.idx];
  }

  private slotFor(contactId: Id): Array<Enrollment | undefined> {
    let slot = this.slots.get(contactId);
    if (slot === undefined) {
      this.slots.set(contactId, (slot = []));
      if (contactId === this.lastSlotId) this.lastSlot = slot;
    }
    return slot;
  }

  /** Every enrollment the engine creates goes through here, so the contact's slots stay in step. */
  private track(run: WorkflowRun, contactId: Id, e: Enrollment | undefined): void {
    if (e !== undefined) this.slotFor(contactId)[this.cache.get(run)!.idx] = e;
  }

  /**
   * One event asks about one contact many times (once per subscribed workflow); remember the last
   * lookup instead of probing the big facts map each time. Facts objects are never replaced, only
   * added, so a hit stays valid; a miss is not remembered.
   */
  private lastId: Id | undefined;
  private lastFacts: ContactFacts = EMPTY_FACTS;
  private contactFacts(contactId: Id): ContactFacts {
    if (contactId === this.lastId) return this.lastFacts;
    const f = this.s.facts.get(contactId);
    if (f === undefined) return EMPTY_FACTS;
    this.lastId = contactId;
    this.lastFacts = f;
    return f;
  }

  private test(c: CompiledCriteria, contactId: Id, now: Instant): boolean {
    this.env.now = now;
    return c.test(this.contactFacts(contactId), contactId, this.env);
  }

  private why(c: CompiledCriteria, contactId: Id, now: Instant): string | null {
    this.env.now = now;
    const leaves = c.explain(this.contactFacts(contactId), contactId, this.env);
    return leaves === null ? null : leaves.length === 1 ? leaves[0] : leaves.join(' and ');
  }

  /** The goal's matching criterion text, or undefined when there is no goal or it is not met. */
  private goalMet(run: WorkflowRun, contactId: Id, now: Instant): string | undefined {
    const goal = this.cache.get(run)!.goal;
    if (goal === null || !this.test(goal, contactId, now)) return undefined;
    return this.why(goal, contactId, now) ?? '';
  }

  private suppressedBy(run: WorkflowRun, contactId: Id): Id | undefined {
    return run.def.suppressionLists.find((l) => this.s.lists.get(l)?.has(contactId));
  }

  /** Process fact changes (and the changes they cause, e.g. WG-19 enrollments) until none are left. */
  private drain(now: Instant, causeId: Id | undefined): void {
    // An index walk, not shift(): a cascade can queue many changes.
    for (let i = 0; i < this.pendingContact.length; i++) {
      const contactId = this.pendingContact[i];
      for (const sub of this.index.get(this.pendingKind[i], this.pendingName[i])) {
        if (sub.role === 'enrollment') this.evaluateTrigger(sub.run, contactId, now, causeId, sub.c);
        else this.evaluateCompleted(sub.run, contactId, now, causeId, sub.c);
      }
    }
    this.pendingContact.length = 0;
    this.pendingKind.length = 0;
    this.pendingName.length = 0;
  }

  private queue(contactId: Id, kind: FactKind, name: string): void {
    this.pendingContact.push(contactId);
    this.pendingKind.push(kind);
    this.pendingName.push(name);
  }

  private start(at: Instant): void {
    if (this.s.started) return;
    this.s.started = true;
    this.s.clock = at;
    // Also the WG-19 open point default: a trigger on "met goal of W" enrolls contacts counted before.
    // Contact-major, so the facts lookup is shared by every workflow's trigger.
    for (const contactId of this.s.facts.keys()) for (const run of this.s.runs) this.evaluateTrigger(run, contactId, at, undefined);
    this.drain(at, undefined);
  }

  private evaluateTrigger(run: WorkflowRun, contactId: Id, now: Instant, causeId: Id | undefined, c = this.cache.get(run)!): void {
    const trigger = c.trigger;
    if (trigger === null || run.def.objectType !== 'contact') return;
    const e = this.enrollmentOf(c, contactId);
    const candidate = e === undefined || e.status === 'notEnrolled';
    const watch = e?.status === 'active' && run.def.unenrollWhenTriggerNoLongerMet;
    if (!candidate && !watch) return;
    const met = this.test(trigger, contactId, now);
    if (candidate && met) this.tryEnroll(run, contactId, now, causeId, this.why(trigger, contactId, now));
    else if (watch && !met) {
      markUnenrolled(run, e!, 'triggerNoLongerMet', 'WG-9: unenrolled: the enrollment triggers are no longer met; never counted (WG-11).');
      this.note('WG-9', run, contactId, e!.why, now, causeId, this.describeTrigger(run));
    }
  }

  private describeTrigger(run: WorkflowRun): string | undefined {
    return run.def.enrollment === null ? undefined : `not (${describeCriterion(run.def.enrollment)})`;
  }

  /** WG-23 then WG-5, then enroll and run the steps due now. `trigger` null = a manual enrollment. */
  private tryEnroll(run: WorkflowRun, contactId: Id, now: Instant, causeId: Id | undefined, trigger: string | null): void {
    const manual = trigger === null;
    const list = this.suppressedBy(run, contactId);
    if (list !== undefined) {
      const why = manual
        ? `WG-23: manual enrollment refused: the contact is on suppression list "${list}".`
        : `WG-23: not enrolled: the contact is on suppression list "${list}".`;
      const changed = markNotEnrolled(run, contactId, 'suppression', why);
      this.track(run, contactId, run.enrollments.get(contactId));
      if (changed || manual) this.note('WG-23', run, contactId, why, now, causeId, `listMember ${list}`);
      return;
    }
    const met = this.goalMet(run, contactId, now);
    if (met !== undefined) {
      const why = `WG-5: not enrolled: the contact already meets the goal (${met}); not included in the conversion rate.`;
      const changed = markNotEnrolled(run, contactId, 'goal', why);
      this.track(run, contactId, run.enrollments.get(contactId));
      if (changed || manual) this.note('WG-5', run, contactId, why, now, causeId, met);
      return;
    }
    const how = manual ? 'enrolled manually' : `enrolled: the triggers are met (${trigger})`;
    const goalText = run.def.goal === null ? 'the workflow has no goal' : 'the goal is not met';
    const e = markEnrolled(run, contactId, now, `WG-5: ${how}; ${goalText}.`);
    this.track(run, contactId, e);
    this.note('WG-5', run, contactId, e.why, now, causeId, trigger ?? undefined);
    this.queue(contactId, 'workflow', run.def.id);
    this.runSteps(run, contactId, e, now, causeId);
  }

  /** WG-8: a completed contact that now meets the goal (WG-18: under the current criteria). */
  private evaluateCompleted(run: WorkflowRun, contactId: Id, now: Instant, causeId: Id | undefined, c = this.cache.get(run)!): void {
    const e = this.enrollmentOf(c, contactId);
    if (e?.status !== 'completed') return;
    const met = this.goalMet(run, contactId, now);
    if (met === undefined) return;
    this.goalReached(run, contactId, e, now, causeId, met, `WG-8: met the goal after completing the workflow (${met})`);
  }

  private goalReached(run: WorkflowRun, contactId: Id, e: Enrollment, now: Instant, causeId: Id | undefined, met: string, head: string): void {
    const counted = markGoalMet(run, contactId, e, now, met || null, '');
    const tail = counted
      ? 'counted in the conversion rate (WG-10).'
      : e.emailsSent === 0
        ? 'not counted: this workflow sent it no marketing email (WG-10).'
        : 'not counted: the workflow has no send-marketing-email action (WG-14).';
    e.why = `${head}; ${tail}`;
    this.note(head.slice(0, head.indexOf(':')), run, contactId, e.why, now, causeId, met);
    let history = this.s.history.get(contactId);
    if (history === undefined) this.s.history.set(contactId, (history = []));
    history.push({workflowId: run.def.id, at: now, criterion: met || null});
    if (counted) this.queue(contactId, 'workflow', run.def.id);
  }

  // ------------------------------------------------------------ steps and time

  /** Run steps from `e.next` until a delay, a pause for an emitted change, the end, or an unenrollment. */
  private runSteps(run: WorkflowRun, contactId: Id, e: Enrollment, now: Instant, causeId: Id | undefined): void {
    const steps = run.def.steps;
    while (e.status === 'active') {
      const list = this.suppressedBy(run, contactId);
      if (list !== undefined) {
        const where = e.next < steps.length ? `before step ${e.next + 1}` : 'at the end of the workflow';
        markUnenrolled(run, e, 'suppression', `WG-24: unenrolled ${where}: the contact is on suppression list "${list}"; never counted (WG-11).`);
        this.note('WG-24', run, contactId, e.why, now, causeId, `listMember ${list}`);
        return;
      }
      // WG-6; also when the last step is done, so a goal met during a final delay is not missed.
      const met = this.goalMet(run, contactId, now);
      if (met !== undefined) {
        const where = e.next < steps.length ? `before step ${e.next + 1}, which did not run` : 'when its last step finished';
        this.goalReached(run, contactId, e, now, causeId, met, `WG-6: unenrolled, goal met ${where} (${met})`);
        return;
      }
      if (e.next >= steps.length) {
        markCompleted(run, e, 'WG-8: completed every step; the goal keeps being evaluated.');
        this.note('WG-8', run, contactId, e.why, now, causeId);
        return;
      }
      const index = e.next++;
      const step = steps[index];
      const cached = this.cache.get(run)!;
      e.stepsRun.push(cached.labels[index]);
      this.note('WG-6', run, contactId, cached.stepMessages[index], now, causeId);
      const outcome = runStep(step, {workflowId: run.def.id, contactId, stepIndex: index, now, causeId}, this.effects);
      if (outcome.kind === 'continue') {
        if (outcome.marketingEmail) e.emailsSent++;
      } else if (outcome.kind === 'delay') {
        if (outcome.until > now) {
          e.dueAt = outcome.until;
          pushDue(this.s.due, {at: outcome.until, seq: this.s.seq++, workflowId: run.def.id, contactId});
          return;
        }
      } else {
        e.awaiting = outcome.eventId;
        this.s.awaiting.set(outcome.eventId, {workflowId: run.def.id, contactId, at: now});
        return;
      }
    }
  }

  private resume(workflowId: Id, contactId: Id, at: Instant, causeId: Id | undefined): void {
    const run = this.runs.get(workflowId);
    const e = run?.enrollments.get(contactId);
    if (run === undefined || e === undefined || e.status !== 'active' || e.awaiting === null) return;
    e.awaiting = null;
    this.runSteps(run, contactId, e, at, causeId);
    this.drain(at, causeId);
  }

  private runDue(upTo: Instant): void {
    for (let item = peekDue(this.s.due); item !== undefined && item.at <= upTo; item = peekDue(this.s.due)) {
      popDue(this.s.due);
      const run = this.runs.get(item.workflowId);
      if (item.recheck) {
        if (item.workflowIds === undefined) {
          if (run !== undefined) this.recheck(run, item.contactId, item.at);
        } else {
          for (const id of item.workflowIds) {
            const each = this.runs.get(id);
            if (each !== undefined) this.recheck(each, item.contactId, item.at);
          }
        }
        continue;
      }
      const e = run?.enrollments.get(item.contactId);
      if (run === undefined || e === undefined || e.status !== 'active' || e.dueAt !== item.at) continue;
      e.dueAt = null;
      this.runSteps(run, item.contactId, e, item.at, undefined);
      this.drain(item.at, undefined);
    }
  }

  /**
   * WG-2: an event counted within a window stops counting the instant after `at + window`, which can
   * turn a trigger or goal false (or, under `not`, true) with no new event. Schedule a re-check then.
   * One per event and window: each is an instant the count can drop, the oldest counted one included.
   */
  private scheduleRechecks(eventType: string, contactId: Id, at: Instant): void {
    const groups = this.recheckGroups.get(eventType);
    if (groups === undefined) return;
    // One item per window for every workflow counting the event (they would run back to back anyway).
    for (const g of groups) {
      pushDue(this.s.due, {at: at + g.window + 1, seq: this.s.seq++, workflowId: g.workflowIds[0], contactId, recheck: true, workflowIds: g.workflowIds});
    }
  }

  private recheck(run: WorkflowRun, contactId: Id, at: Instant): void {
    const status = run.enrollments.get(contactId)?.status;
    // Final states: no trigger or goal change can move them.
    if (status === 'goalMet' || status === 'unenrolled') return;
    this.evaluateTrigger(run, contactId, at, undefined);
    this.evaluateCompleted(run, contactId, at, undefined);
    this.drain(at, undefined);
  }

  // ------------------------------------------------------------ user actions

  private enrollManually(workflowId: Id, contactId: Id, at: Instant, causeId: Id): void {
    const run = this.runs.get(workflowId);
    if (run === undefined || run.def.objectType !== 'contact') return;
    const e = run.enrollments.get(contactId);
    if (e !== undefined && e.status !== 'notEnrolled') {
      this.note('WG-13', run, contactId, `WG-13: not enrolled again: the contact was already enrolled (${e.status}); it counts once.`, at, causeId);
      return;
    }
    this.tryEnroll(run, contactId, at, causeId, null);
  }

  private unenrollManually(workflowId: Id, contactId: Id, at: Instant, causeId: Id): void {
    const run = this.runs.get(workflowId);
    const e = run?.enrollments.get(contactId);
    if (run === undefined) return;
    if (e?.status !== 'active') {
      this.note('WG-9', run, contactId, `WG-9: manual unenrollment ignored: the contact is not active (${e?.status ?? 'notEnrolled'}).`, at, causeId);
      return;
    }
    markUnenrolled(run, e, 'manual', 'WG-9: unenrolled manually; never counted (WG-11).');
    this.note('WG-9', run, contactId, e.why, at, causeId);
  }

  private changeGoal(workflowId: Id, goal: Criteria | null, at: Instant, causeId: Id): void {
    const run = this.runs.get(workflowId);
    if (run === undefined) return;
    if (run.def.objectType !== 'contact') {
      this.note('WG-1', run, null, `WG-1: goal change refused: a ${run.def.objectType}-based workflow cannot have a goal.`, at, causeId);
      return;
    }
    if (goal === null) {
      const uncounted = clearGoal(run, at, causeId);
      for (const id of uncounted) this.queue(id, 'workflow', workflowId);
      this.note('WG-17', run, null, 'WG-17: all goal criteria cleared; goal-met count and conversion rate reset (the old figures are kept, IDEA-4).', at, causeId);
    } else {
      editGoal(run, goal, at, causeId);
      this.note('WG-18', run, null, 'WG-18: goal criteria changed; counted contacts stay counted, later evaluations use the new criteria.', at, causeId);
    }
    this.rebuildIndex();
    if (goal !== null) for (const [contactId, e] of run.enrollments) if (e.status === 'completed') this.evaluateCompleted(run, contactId, at, causeId);
  }

  /** IDEA-4: add back the figures and counted contacts of a WG-17 reset (default: the latest). */
  private restoreReset(workflowId: Id, index: number | undefined, at: Instant, causeId: Id): void {
    const run = this.runs.get(workflowId);
    if (run === undefined) return;
    const i = index ?? run.goalResets.length - 1;
    const reset = run.goalResets[i];
    if (reset === undefined || reset.restored) {
      const why = reset === undefined ? 'there is no such goal reset' : 'those figures were restored already';
      this.note('IDEA-4', run, null, `IDEA-4: nothing restored: ${why}.`, at, causeId);
      return;
    }
    const restored = restoreGoal(run, at, i);
    for (const id of restored) this.queue(id, 'workflow', workflowId);
    this.note('IDEA-4', run, null, `IDEA-4: restored the goal figures cleared ${new Date(reset.clearedAt).toISOString()} (${reset.goalMet} met, ${restored.length} counted contacts).`, at, causeId);
  }

  // ------------------------------------------------------------ trail

  private note(rule: string, run: WorkflowRun, contactId: Id | null, message: string, at: Instant, eventId?: Id, criterion?: string): void {
    const subject = contactId === null ? `workflow:${run.def.id}` : `workflow:${run.def.id}/contact:${contactId}`;
    const entry: TrailEntry = {rule, subject, message, at};
    if (eventId !== undefined) entry.eventId = eventId;
    if (criterion !== undefined && criterion !== '') entry.criterion = criterion;
    this.trail.push(entry);
  }

  private flush(): Result {
    if (this.effects.length === 0 && this.trail.length === 0) return NOTHING;
    const out = {effects: this.effects, trail: this.trail};
    this.effects = [];
    this.trail = [];
    return out;
  }

  /** Facts of one contact, for callers that explain a decision outside the engine (e.g. the UI). */
  factsFor(contactId: Id): ContactFacts {
    return this.s.facts.get(contactId) ?? EMPTY_FACTS;
  }
}
