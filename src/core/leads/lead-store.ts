/**
 * The lead engine's mutable state and its indexes (leads by contact, parked stage-action runs by due time).
 * Only plain data goes into the snapshot; the indexes are rebuilt from it.
 */
import type {Id, Instant, Lead, UpsertedRecord, World} from '../model';
import {LeadContactFacts} from './contact-facts';
import {isOpenStage} from './stages';
import type {LeadSnapshot, LeadState, PendingCreation, PendingRun} from './state';

type LeadRecord = Extract<UpsertedRecord, {kind: 'lead'}>;

export class LeadStore {
  readonly leads = new Map<Id, LeadState>();
  readonly contactStages = new Map<Id, string | null>();
  readonly pending = new Map<Id, PendingCreation>();
  /** LA-13 branch: what a branch's criterion reads. */
  facts = new LeadContactFacts();
  /** Contact → its leads (the objects themselves: activity lookups are the hot path). */
  private readonly byContact = new Map<Id, LeadState[]>();
  /** Sorted by (dueAt, seq). */
  private runs: PendingRun[] = [];
  private seq = 0;

  static fromWorld(world: World, withFacts = true): LeadStore {
    const store = new LeadStore();
    if (withFacts) store.facts = LeadContactFacts.fromWorld(world);
    for (const contact of world.contacts) {
      const stage = contact.properties.lifecyclestage;
      store.contactStages.set(contact.id, typeof stage === 'string' ? stage : null);
    }
    for (const lead of world.leads) {
      // The model's Lead has no owner; a host that knows one may pass it along.
      const ownerId = (lead as Lead & {ownerId?: Id}).ownerId;
      store.addLead({
        id: lead.id, contactId: lead.contactId, stage: lead.stage, pipelineId: lead.pipelineId, ownerId,
        createdBy: 'scenario', createdAt: null, disqualificationReason: null, lock: null, history: [], actionsRun: [],
      });
    }
    return store;
  }

  static fromSnapshot(snapshot: LeadSnapshot): LeadStore {
    if (snapshot?.version !== 1) throw new Error(`leads snapshot: unsupported version ${JSON.stringify(snapshot?.version)} (expected 1)`);
    const copy = structuredClone(snapshot);
    const store = new LeadStore();
    for (const lead of copy.leads) store.addLead(lead);
    for (const [id, stage] of Object.entries(copy.contactStages)) store.contactStages.set(id, stage);
    for (const p of copy.pending) store.pending.set(p.leadId, p);
    store.runs = copy.runs;
    store.seq = copy.seq;
    store.facts = LeadContactFacts.fromSnapshot(copy.contactFacts);
    return store;
  }

  toSnapshot(): LeadSnapshot {
    return structuredClone({
      version: 1,
      leads: [...this.leads.values()],
      contactStages: Object.fromEntries(this.contactStages),
      pending: [...this.pending.values()],
      runs: this.runs,
      seq: this.seq,
      ...(this.facts.facts.size > 0 || this.facts.lists.size > 0 ? {contactFacts: this.facts.toSnapshot()} : {}),
    });
  }

  addLead(lead: LeadState): LeadState {
    this.leads.set(lead.id, lead);
    this.index(lead);
    return lead;
  }

  exists(leadId: Id): boolean {
    return this.leads.has(leadId) || this.pending.has(leadId);
  }

  leadOrNone(leadId: Id): LeadState[] {
    const lead = this.leads.get(leadId);
    return lead ? [lead] : [];
  }

  /** SCENARIO.md: activity without leadId applies to the contact's open leads. */
  openLeadsOf(contactId: Id): LeadState[] {
    const leads = this.byContact.get(contactId);
    if (!leads) return NONE;
    if (leads.length === 1) return isOpenStage(leads[0].stage) ? leads : NONE;
    return leads.filter((lead) => isOpenStage(lead.stage));
  }

  /** An open lead of the contact, or one already asked for and not yet back (LA-8 open point). */
  openLeadIdOf(contactId: Id): Id | undefined {
    const open = this.openLeadsOf(contactId)[0];
    if (open) return open.id;
    for (const p of this.pending.values()) if (p.contactId === contactId) return p.leadId;
    return undefined;
  }

  /** A lead captured from a CRM page or imported: created, or the given fields replaced. No automation. */
  upsertCaptured(record: LeadRecord, eventId: Id, at: Instant): void {
    const lead = this.leads.get(record.id);
    if (!lead) {
      const stage = record.stage ?? 'new';
      this.addLead({
        id: record.id, contactId: record.contactId, stage, pipelineId: record.pipelineId, createdBy: 'scenario', createdAt: at,
        disqualificationReason: null, lock: null, history: [{from: null, to: stage, at, cause: 'import', eventId}], actionsRun: [],
      });
      return;
    }
    if (record.contactId !== lead.contactId) {
      this.unindex(lead);
      lead.contactId = record.contactId;
      this.index(lead);
    }
    if (record.pipelineId !== undefined) lead.pipelineId = record.pipelineId;
    if (record.stage !== undefined && record.stage !== lead.stage) {
      lead.history.push({from: lead.stage, to: record.stage, at, cause: 'import', eventId});
      lead.stage = record.stage;
    }
  }

  /** Every contact this engine knows → its lead ids in creation order ([] when none). */
  leadsByContact(): Record<Id, Id[]> {
    const out: Record<Id, Id[]> = {};
    for (const id of [...this.contactStages.keys()].sort()) out[id] = [];
    for (const [id, leads] of this.byContact) out[id] = leads.map((lead) => lead.id);
    return out;
  }

  nextSeq(): number {
    this.seq += 1;
    return this.seq;
  }

  hasRunDue(at: Instant): boolean {
    return this.runs.length > 0 && this.runs[0].dueAt <= at;
  }

  /** Removes and returns the earliest run due at or before `at`. */
  nextDueRun(at: Instant): PendingRun | undefined {
    return this.runs.length > 0 && this.runs[0].dueAt <= at ? this.runs.shift() : undefined;
  }

  scheduleRun(run: PendingRun): void {
    let i = this.runs.length;
    while (i > 0 && (this.runs[i - 1].dueAt > run.dueAt || (this.runs[i - 1].dueAt === run.dueAt && this.runs[i - 1].seq > run.seq))) i -= 1;
    this.runs.splice(i, 0, run);
  }

  private index(lead: LeadState): void {
    const leads = this.byContact.get(lead.contactId);
    if (leads) leads.push(lead);
    else this.byContact.set(lead.contactId, [lead]);
  }

  private unindex(lead: LeadState): void {
    const leads = this.byContact.get(lead.contactId);
    if (leads) leads.splice(leads.indexOf(lead), 1);
  }
}

const NONE: LeadState[] = [];
