/**
 * The lead pipeline automation rule set (SPEC.md §2, LA-1..16) as a DomainEngine.
 *
 * Per event: activity → progressions (LA-4..7); manual move → lock (LA-7); disqualification → follow-up
 * (LA-10); lifecycle-stage change → lead creation (LA-8/9); a stage entered → its actions (LA-13).
 * Settings are read from `world.leadAutomation` at event time, so a saved change applies only to later
 * activity (open point default); they are not part of the snapshot — a host re-creating the engine passes
 * a world with the settings as saved now.
 */
import type {DomainEngine, Effect, Id, Instant, Lead, ScenarioEvent, TrailEntry, UpsertedRecord, World} from '../model';
import {continueRun} from './action-runner';
import {decideFollowUp, decideLifecycleCreation, type CreationDecision} from './creation';
import {LeadStore} from './lead-store';
import {leadOutput} from './output';
import {activitySignals, describeTrigger, planMove, type ActivitySignals} from './progressions';
import {resolveLeadSettings, type LeadAutomationInput, type ResolvedLeadSettings} from './settings';
import {isDefaultPipeline, isLaterStage, stageLabel} from './stages';
import type {LeadSnapshot, LeadsOutput, LeadState, PendingRun, StageChange} from './state';

export type EngineResult = {effects: Effect[]; trail: TrailEntry[]};

export interface LeadEngine extends DomainEngine<LeadsOutput, LeadSnapshot> {
  /**
   * IDEA-5: clears the LA-7 lock so automation may move the lead again. Also reachable as an event of
   * type `leadAutomationRearmed` {leadId, userId?} once that type joins the model's union.
   */
  rearm(leadId: Id, at: Instant, userId?: Id, eventId?: Id): EngineResult;
}

/** Not (yet) in model.ts's event union; handled when it arrives. */
export const REARM_EVENT_TYPE = 'leadAutomationRearmed' as const;

export function createLeadEngine(world: World, snapshot?: LeadSnapshot): LeadEngine {
  return new LeadEngineImpl(world, snapshot);
}

class LeadEngineImpl implements LeadEngine {
  private readonly store: LeadStore;
  private cachedSource: LeadAutomationInput | undefined | null = null;
  private cachedSettings: ResolvedLeadSettings | undefined;

  constructor(private readonly world: World, snapshot?: LeadSnapshot) {
    const settings = this.settings(); // bad settings fail at creation, not at the first event
    this.store = snapshot ? LeadStore.fromSnapshot(snapshot) : LeadStore.fromWorld(world, settings.usesFacts);
  }

  /** Read at event time; re-resolved only when the host swapped the settings object. */
  private settings(): ResolvedLeadSettings {
    const source = this.world.leadAutomation as LeadAutomationInput | undefined;
    if (source !== this.cachedSource || !this.cachedSettings) {
      this.cachedSettings = resolveLeadSettings(source);
      this.cachedSource = source;
    }
    return this.cachedSettings;
  }

  apply(event: ScenarioEvent): EngineResult {
    const out: EngineResult = {effects: [], trail: []};
    // Only branches read contact facts. The host rebuilds the engines over the whole log when the rules
    // change, so an engine whose settings gain a branch starts over with every earlier fact.
    if (this.settings().usesFacts) this.store.facts.fold(event);
    const signals = activitySignals(event);
    if (signals) {
      this.onActivity(event as ScenarioEvent & {contactId: Id; leadId?: Id}, signals, out);
      return out;
    }
    switch (event.type) {
      case 'leadMovedManually':
        this.onManualMove(event.leadId, event.stage, event.id, event.at, (event as {userId?: Id}).userId ?? null, out);
        break;
      case 'leadDisqualified':
        this.onDisqualified(event.leadId, event.reason, event.id, event.at, out);
        break;
      case 'propertyChanged':
        if (event.contactId !== undefined && event.property === 'lifecyclestage') {
          this.onLifecycle(event.contactId, event.value, event.source, event.id, event.at, out);
        }
        break;
      case 'recordUpserted':
        this.onUpsert(event.record, event.id, event.at, out);
        break;
      default:
        if ((event as {type: string}).type === REARM_EVENT_TYPE) {
          const e = event as unknown as {leadId: Id; userId?: Id; id: Id; at: Instant};
          if (this.store.leads.has(e.leadId)) merge(out, this.rearm(e.leadId, e.at, e.userId, e.id));
        }
    }
    return out;
  }

  advanceTo(at: Instant): EngineResult {
    if (!this.store.hasRunDue(at)) return NOTHING; // the common case: called before every event
    const out: EngineResult = {effects: [], trail: []};
    for (let run = this.store.nextDueRun(at); run; run = this.store.nextDueRun(at)) {
      const lead = this.store.leads.get(run.leadId);
      if (!lead) continue;
      const result = continueRun(run, lead, run.dueAt, this.store.facts);
      merge(out, result);
      if (result.waiting) this.store.scheduleRun(run);
    }
    return out;
  }

  rearm(leadId: Id, at: Instant, userId?: Id, eventId?: Id): EngineResult {
    const lead = this.store.leads.get(leadId);
    if (!lead) throw new Error(`leads.rearm: unknown lead "${leadId}"`);
    if (!lead.lock) return {effects: [], trail: []};
    lead.lock = null;
    const by = userId ? ` by ${userId}` : '';
    return {effects: [], trail: [{rule: 'LA-7', subject: `lead:${leadId}`, at, eventId, message: `Automation re-armed${by}: progressions may move this lead again.`}]};
  }

  output(): LeadsOutput {
    const leads: LeadsOutput['leads'] = {};
    for (const lead of this.store.leads.values()) leads[lead.id] = leadOutput(lead);
    // Same rule as the runner's pruning: no leads and no lead settings → no lead section worth showing.
    if (this.store.leads.size === 0 && this.world.leadAutomation === undefined) return {leads};
    return {leads, leadsByContact: this.store.leadsByContact()};
  }

  snapshot(): LeadSnapshot {
    return this.store.toSnapshot();
  }

  // ---------------------------------------------------------------- LA-4..7 progressions

  private onActivity(event: ScenarioEvent & {contactId: Id; leadId?: Id}, signals: ActivitySignals, out: EngineResult): void {
    const settings = this.settings();
    const targets = event.leadId !== undefined ? this.store.leadOrNone(event.leadId) : this.store.openLeadsOf(event.contactId);
    for (const lead of targets) {
      const move = planMove(lead.stage, signals, settings);
      if (!move) continue;
      const subject = `lead:${lead.id}`;
      const criterion = `${move.rule}: ${move.trigger}`;
      if (!isDefaultPipeline(lead)) {
        out.trail.push({rule: 'LA-1', subject, at: event.at, eventId: event.id, criterion, message: `Not moved: lead is in pipeline ${lead.pipelineId}, and automation moves only leads in the leads pipeline.`});
        continue;
      }
      if (lead.lock) {
        out.trail.push({rule: 'LA-7', subject, at: event.at, eventId: event.id, criterion, message: `Not moved to ${stageLabel(move.to)}: a user moved this lead back, so automation no longer moves it.`});
        continue;
      }
      const both = move.alsoQualified ? ` (${move.alsoQualified} also applied; the later stage wins)` : '';
      const message = `Moved from ${stageLabel(lead.stage)} to ${stageLabel(move.to)} because ${describeTrigger(move.trigger)}${both}.`;
      out.trail.push({rule: move.rule, subject, at: event.at, eventId: event.id, criterion, message});
      this.enterStage(lead, {from: lead.stage, to: move.to, at: event.at, cause: 'automation', rule: move.rule, eventId: event.id}, out, true);
    }
  }

  private onManualMove(leadId: Id, stage: Lead['stage'], eventId: Id, at: Instant, userId: Id | null, out: EngineResult): void {
    const lead = this.store.leads.get(leadId);
    if (!lead || lead.stage === stage) return;
    const backward = isLaterStage(lead.stage, stage);
    // Open point "does a forward manual move lock?": default — no, only a move back (LA-7). An existing
    // lock stays until re-armed.
    if (backward && !lead.lock) {
      lead.lock = {at, by: userId, reason: 'movedBack', eventId};
      out.trail.push({rule: 'LA-7', subject: `lead:${lead.id}`, at, eventId, message: `Automation locked: the lead was moved back to ${stageLabel(stage)} by hand.`});
    }
    this.enterStage(lead, {from: lead.stage, to: stage, at, cause: 'manual', eventId}, out, true);
  }

  // ---------------------------------------------------------------- LA-8..10 creation

  private onDisqualified(leadId: Id, reason: string, eventId: Id, at: Instant, out: EngineResult): void {
    const lead = this.store.leads.get(leadId);
    if (!lead) return;
    lead.disqualificationReason = reason;
    // A lead already disqualified gets its reason updated but no second follow-up.
    if (lead.stage === 'disqualified') return;
    this.enterStage(lead, {from: lead.stage, to: 'disqualified', at, cause: 'disqualified', eventId}, out, true);
    this.take(decideFollowUp(lead, reason, eventId, at, this.settings(), (id) => this.store.exists(id)), out);
  }

  private onLifecycle(contactId: Id, value: unknown, source: string | undefined, eventId: Id, at: Instant, out: EngineResult): void {
    const previous = this.store.contactStages.get(contactId);
    const next = typeof value === 'string' ? value : null;
    this.store.contactStages.set(contactId, next);
    if (next === null || next === previous) return;
    const change = {contactId, value: next, source, eventId, at};
    this.take(decideLifecycleCreation(change, this.settings(), this.store.openLeadIdOf(contactId), (id) => this.store.exists(id)), out);
  }

  private onUpsert(record: UpsertedRecord, eventId: Id, at: Instant, out: EngineResult): void {
    if (record.kind === 'contact') {
      const stage = record.properties?.lifecyclestage;
      // A contact seen for the first time has no known previous stage: its stage is data, not a change.
      if (stage !== undefined && this.store.contactStages.has(record.id)) this.onLifecycle(record.id, stage, undefined, eventId, at, out);
      else if (stage !== undefined) this.store.contactStages.set(record.id, typeof stage === 'string' ? stage : null);
      return;
    }
    if (record.kind !== 'lead') return;
    const pending = this.store.pending.get(record.id);
    if (pending) {
      this.store.pending.delete(record.id);
      const lead = this.store.addLead({
        id: record.id, contactId: record.contactId, stage: 'new', pipelineId: record.pipelineId, ownerId: pending.ownerId, leadType: pending.leadType,
        createdBy: pending.createdBy, createdAt: at, followUpOf: pending.followUpOf, disqualificationReason: null, lock: null, history: [], actionsRun: [],
      });
      this.enterStage(lead, {from: null, to: lead.stage, at, cause: 'creation', rule: pending.rule, eventId}, out, true);
      return;
    }
    this.store.upsertCaptured(record, eventId, at);
  }

  private take(decision: CreationDecision, out: EngineResult): void {
    if (decision.pending) this.store.pending.set(decision.pending.leadId, decision.pending);
    for (const e of decision.effects) out.effects.push(e);
    for (const t of decision.trail) out.trail.push(t);
  }

  // ---------------------------------------------------------------- LA-13 stage actions

  private enterStage(lead: LeadState, change: StageChange, out: EngineResult, runActions: boolean): void {
    lead.stage = change.to;
    lead.history.push(change);
    if (!runActions || !isDefaultPipeline(lead)) return;
    const actions = this.settings().stageActions[change.to];
    if (!actions?.length) return;
    const run: PendingRun = {
      runId: `${change.eventId}/lead:${lead.id}/${change.to}`,
      leadId: lead.id,
      stage: change.to,
      actions: structuredClone(actions),
      next: 0,
      dueAt: change.at,
      causeEventId: change.eventId ?? '',
      seq: this.store.nextSeq(),
    };
    const result = continueRun(run, lead, change.at, this.store.facts);
    merge(out, result);
    if (result.waiting) this.store.scheduleRun(run);
  }
}

/** Frozen, so a caller that tries to add to it fails loudly instead of corrupting later results. */
const NOTHING: EngineResult = Object.freeze({effects: Object.freeze([]) as unknown as Effect[], trail: Object.freeze([]) as unknown as TrailEntry[]});

function merge(out: EngineResult, more: EngineResult): void {
  for (const e of more.effects) out.effects.push(e);
  for (const t of more.trail) out.trail.push(t);
}
