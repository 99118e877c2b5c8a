/**
 * The engine's fact side: building the first state from a World, and folding an event into a contact's
 * facts while reporting which facts changed (the keys the dependency index looks up).
 */
import type {FactKind} from '../criteria/deps';
import {eventFields, newFacts, recordEvent, type ContactFacts} from '../criteria/facts';
import {isContactEventType} from '../criteria/vocabulary';
import type {Id, ScenarioEvent, World} from '../model';
import {newRun} from './enrollment';
import type {WorkflowSnapshot} from './types';

export function initialState(world: World): WorkflowSnapshot {
  const facts = new Map<Id, ContactFacts>();
  for (const c of world.contacts) facts.set(c.id, newFacts(c.properties));
  const lists = new Map<Id, Set<Id>>();
  for (const l of world.lists) lists.set(l.id, new Set(l.contactIds));
  return {
    version: 1,
    started: false,
    clock: -Infinity,
    seq: 0,
    facts,
    lists,
    runs: world.workflows.map((w) => newRun({...w, steps: [...w.steps], suppressionLists: [...w.suppressionLists]})),
    due: [],
    awaiting: new Map(),
    history: new Map(),
  };
}

export function factsOf(state: WorkflowSnapshot, contactId: Id): ContactFacts {
  let f = state.facts.get(contactId);
  if (f === undefined) {
    f = newFacts();
    state.facts.set(contactId, f);
  }
  return f;
}

/**
 * What one event changed: the contact and the changed facts as parallel (kind, name) arrays, the first
 * an event type when the event is an activity. The engine passes one object for every event (no
 * allocation per event); its contents are valid until the next fold.
 */
export interface FactChange {
  contactId: Id;
  kinds: FactKind[];
  names: string[];
  /** A contact the engine had not seen: every workflow's triggers are evaluated for it. */
  isNew: boolean;
}

export function newFactChange(): FactChange {
  return {contactId: '', kinds: [], names: [], isNew: false};
}

function reset(out: FactChange, contactId: Id, isNew: boolean): FactChange {
  out.contactId = contactId;
  out.kinds.length = 0;
  out.names.length = 0;
  out.isNew = isNew;
  return out;
}

function push(out: FactChange, kind: FactKind, name: string): void {
  out.kinds.push(kind);
  out.names.push(name);
}

/** Fold one event into the facts; null when it names no contact (e.g. goalChanged, a company change). */
export function foldEvent(state: WorkflowSnapshot, event: ScenarioEvent, out: FactChange = newFactChange()): FactChange | null {
  if (event.type === 'recordUpserted') {
    const r = event.record;
    if (r.kind !== 'contact') return null;
    const isNew = !state.facts.has(r.id);
    const f = factsOf(state, r.id);
    reset(out, r.id, isNew);
    if (r.properties === undefined) return out;
    // The contract: an upsert replaces the fields it gives, so `properties` replaces the whole map.
    const before = f.props;
    f.props = {...r.properties};
    for (const k of new Set([...Object.keys(before), ...Object.keys(f.props)])) if (before[k] !== f.props[k]) push(out, 'property', k);
    return out;
  }
  if (!isContactEventType(event.type)) return null;
  const contactId = (event as {contactId?: Id}).contactId;
  if (contactId === undefined) return null;
  let f = state.facts.get(contactId);
  const isNew = f === undefined;
  if (f === undefined) state.facts.set(contactId, (f = newFacts()));
  recordEvent(f, event.type, event.at, eventFields(event));
  reset(out, contactId, isNew);
  push(out, 'event', event.type);
  if (event.type === 'propertyChanged') {
    if (f.props[event.property] !== event.value) push(out, 'property', event.property);
    f.props[event.property] = event.value;
  } else if (event.type === 'listChanged') {
    let members = state.lists.get(event.listId);
    if (members === undefined) {
      members = new Set();
      state.lists.set(event.listId, members);
    }
    const was = members.has(contactId);
    if (event.member) members.add(contactId);
    else members.delete(contactId);
    if (was !== event.member) push(out, 'list', event.listId);
  }
  return out;
}
