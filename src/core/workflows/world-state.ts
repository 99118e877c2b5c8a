/**
 * The engine's fact side: building the first state from a World, and folding an event into a contact's
 * facts while reporting which facts changed (the keys the dependency index looks up).
 */
import type {FactKind} from '../criteria/deps';
import {eventFields, newFacts, recordEvent, type ContactFacts} from '../criteria/facts';
import {isContactEventType} from '../criteria/vocabulary';
import type {Id, PropertyValue, ScenarioEvent, World} from '../model';
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

const changedProps = (before: Record<string, PropertyValue>, after: Record<string, PropertyValue>): FactKey[] => {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => before[k] !== after[k]).map((k) => ['property', k]);
};

export type FactKey = [FactKind, string];

export interface FactChange {
  contactId: Id;
  keys: FactKey[];
  /** A contact the engine had not seen: every workflow's triggers are evaluated for it. */
  isNew: boolean;
}

/** Fold one event into the facts; null when it names no contact (e.g. goalChanged, a company change). */
export function foldEvent(state: WorkflowSnapshot, event: ScenarioEvent): FactChange | null {
  if (event.type === 'recordUpserted') {
    const r = event.record;
    if (r.kind !== 'contact') return null;
    const isNew = !state.facts.has(r.id);
    const f = factsOf(state, r.id);
    if (r.properties === undefined) return {contactId: r.id, keys: [], isNew};
    // The contract: an upsert replaces the fields it gives, so `properties` replaces the whole map.
    const before = f.props;
    f.props = {...r.properties};
    return {contactId: r.id, keys: changedProps(before, f.props), isNew};
  }
  if (!isContactEventType(event.type)) return null;
  const contactId = (event as {contactId?: Id}).contactId;
  if (contactId === undefined) return null;
  let f = state.facts.get(contactId);
  const isNew = f === undefined;
  if (f === undefined) state.facts.set(contactId, (f = newFacts()));
  recordEvent(f, event.type, event.at, eventFields(event));
  const keys: FactKey[] = [['event', event.type]];
  if (event.type === 'propertyChanged') {
    if (f.props[event.property] !== event.value) keys.push(['property', event.property]);
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
    if (was !== event.member) keys.push(['list', event.listId]);
  }
  return {contactId, keys, isNew};
}
