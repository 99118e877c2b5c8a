/**
 * LA-13 branch: the contact facts a branch's criterion reads (src/core/criteria): current properties,
 * per event type a time-sorted log, and list membership. Kept by the lead engine for every contact it
 * sees, from the start, so a branch added later still sees earlier activity.
 */
import {eventFields, newFacts, recordEvent, type ContactFacts, type EvalEnv} from '../criteria';
import {isContactEventType} from '../criteria/vocabulary';
import type {Id, ScenarioEvent, World} from '../model';

export interface FactsSnapshot {
  facts: Record<Id, ContactFacts>;
  lists: Record<Id, Id[]>;
}

export class LeadContactFacts {
  readonly facts = new Map<Id, ContactFacts>();
  readonly lists = new Map<Id, Set<Id>>();

  static fromWorld(world: World): LeadContactFacts {
    const out = new LeadContactFacts();
    for (const c of world.contacts) out.facts.set(c.id, newFacts(c.properties));
    for (const l of world.lists) out.lists.set(l.id, new Set(l.contactIds));
    return out;
  }

  static fromSnapshot(snapshot: FactsSnapshot | undefined): LeadContactFacts {
    const out = new LeadContactFacts();
    if (!snapshot) return out;
    for (const [id, f] of Object.entries(snapshot.facts)) out.facts.set(id, f);
    for (const [id, members] of Object.entries(snapshot.lists)) out.lists.set(id, new Set(members));
    return out;
  }

  toSnapshot(): FactsSnapshot {
    const lists: Record<Id, Id[]> = {};
    for (const [id, members] of this.lists) lists[id] = [...members];
    return {facts: Object.fromEntries(this.facts), lists};
  }

  of(contactId: Id): ContactFacts {
    let f = this.facts.get(contactId);
    if (f === undefined) this.facts.set(contactId, (f = newFacts()));
    return f;
  }

  /** Folds one event in (the same facts the workflow engine keeps for its criteria). */
  fold(event: ScenarioEvent): void {
    if (event.type === 'recordUpserted') {
      const r = event.record;
      // The upsert contract: `properties` replaces the whole map.
      if (r.kind === 'contact' && r.properties !== undefined) this.of(r.id).props = {...r.properties};
      return;
    }
    if (!isContactEventType(event.type)) return;
    const contactId = (event as {contactId?: Id}).contactId;
    if (contactId === undefined) return;
    const f = this.of(contactId);
    recordEvent(f, event.type, event.at, eventFields(event));
    if (event.type === 'propertyChanged') f.props[event.property] = event.value;
    else if (event.type === 'listChanged') {
      let members = this.lists.get(event.listId);
      if (members === undefined) this.lists.set(event.listId, (members = new Set()));
      if (event.member) members.add(contactId);
      else members.delete(contactId);
    }
  }

  env(now: number): EvalEnv {
    // Workflow-state criteria are refused when a branch is saved (stage-actions.ts).
    return {now, lists: this.lists, workflowState: () => false};
  }
}
