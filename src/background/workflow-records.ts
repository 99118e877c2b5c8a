/**
 * Workflow steps acting on Goalpost's local records (issue 4, "Create task / set property act on
 * Goalpost's local records"):
 * - createTask: an `activity` record of type task on the contact (and its companies, so the company
 *   panel lists it), named after the task and carrying the workflow that created it;
 * - setProperty: the contact record keeps `data.workflowProperties[property] = {value, workflowId, at}`.
 *   Captured CRM fields are left alone (the CRM stays the source of truth for its own fields), and a
 *   later capture merges around it (store.ts mergeRecord keeps keys it does not give).
 *
 * Ids come from the engine's deterministic step ids, so a repeated effect (a replay, a retry after a
 * stopped worker) rewrites the same records instead of adding new ones. One transaction: all or nothing.
 */
import type {Effect, PropertyValue} from '../core/model';
import {db, type StoredRecord} from './db';

type TaskEffect = Extract<Effect, {kind: 'createTask'}>;
type PropertyEffect = Extract<Effect, {kind: 'propertySet'}>;

export interface WorkflowPropertyValue {
  value: PropertyValue;
  workflowId: string;
  at: number;
}

const workflowOf = (source: string): string | undefined => (source.startsWith('workflow:') ? source.slice('workflow:'.length) : undefined);

const isTask = (e: Effect): e is TaskEffect & {contactId: string; taskId: string} =>
  e.kind === 'createTask' && typeof e.contactId === 'string' && typeof e.taskId === 'string' && workflowOf(e.source) !== undefined;
const isProperty = (e: Effect): e is PropertyEffect => e.kind === 'propertySet' && workflowOf(e.source) !== undefined;

/** Store the local-record side of workflow effects; returns how many records were written. */
export async function applyWorkflowRecords(effects: Effect[], now: number): Promise<number> {
  const tasks = effects.filter(isTask);
  const props = effects.filter(isProperty);
  if (!tasks.length && !props.length) return 0;
  const tx = (await db()).transaction('records', 'readwrite');
  const store = tx.objectStore('records');
  const contacts = new Map<string, StoredRecord | undefined>();
  const contact = async (id: string) => {
    if (!contacts.has(id)) {
      const r = await store.get(id);
      contacts.set(id, r?.kind === 'contact' ? r : undefined);
    }
    return contacts.get(id);
  };
  let written = 0;
  for (const task of tasks) {
    const owner = await contact(task.contactId);
    const at = task.at ?? now;
    const data = {type: 'task', direction: 'workflow', at, title: task.title, contactId: task.contactId, subjectId: task.contactId, workflowId: workflowOf(task.source)!, userName: 'Goalpost'};
    const old = await store.get(task.taskId);
    const record: StoredRecord = {
      id: task.taskId,
      kind: 'activity',
      source: 'goalpost',
      name: task.title,
      data,
      companyIds: owner?.companyIds ?? [],
      firstSeen: old?.firstSeen ?? at,
      lastSeen: at,
    };
    await store.put(record);
    written++;
  }
  for (const p of props) {
    const owner = await contact(p.contactId);
    // Only a contact Goalpost has a record of can carry the value (the engines keep it either way).
    if (!owner) continue;
    const current = (owner.data.workflowProperties ?? {}) as Record<string, WorkflowPropertyValue>;
    const previous = current[p.property];
    // Effects of one batch arrive in time order; an older one never overwrites a newer value.
    if (previous && previous.at > p.at) continue;
    const next: Record<string, WorkflowPropertyValue> = {...current, [p.property]: {value: p.value, workflowId: workflowOf(p.source)!, at: p.at}};
    owner.data = {...owner.data, workflowProperties: next};
    owner.lastSeen = Math.max(owner.lastSeen, p.at);
    await store.put(owner);
    written++;
  }
  await tx.done;
  return written;
}
