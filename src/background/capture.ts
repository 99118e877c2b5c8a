/**
 * A record captured from a CRM page → the records and log events it stands for. Pure, so the
 * "captured exactly once" promise is testable without a browser: every id is derived from the CRM's
 * own ids (and a record snapshot's content), never from a clock or a counter.
 */
import type * as v from 'valibot';
import type {CapturedRecord as CapturedRecordSchema} from '../shared/protocol';
import type {DealStage, LifecycleStage, ScenarioEvent} from '../core/model';
import {LIFECYCLE_STAGES} from '../core/model';
import type {StoredEvent, StoredRecord} from './db';

export type CapturedRecord = v.InferOutput<typeof CapturedRecordSchema>;
type CapturedActivity = CapturedRecord['activities'][number];

export const recordId = (namespace: string, kind: string, id: string) => `${namespace}:${kind}:${id}`;

/** FNV-1a, 52 bits: enough to tell two snapshots of one record apart, and cheap. */
export function contentHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h1 >>> 7);
  }
  return ((h1 >>> 0).toString(36) + (h2 >>> 12).toString(36)).padStart(8, '0');
}

export interface CaptureBatch {
  records: StoredRecord[];
  events: StoredEvent[];
  subjectId: string;
}

export function captureToBatch(namespace: string, captured: CapturedRecord, now: number): CaptureBatch {
  const subjectId = recordId(namespace, captured.kind, captured.id);
  const companyIds = captured.kind === 'company' ? [subjectId] : captured.fields.companyId ? [recordId(namespace, 'company', captured.fields.companyId)] : [];
  const records: StoredRecord[] = [];
  const events: StoredEvent[] = [];
  const base = {source: namespace, firstSeen: now, lastSeen: now};

  const subject: StoredRecord = {...base, id: subjectId, kind: captured.kind, name: captured.name, data: {...captured.fields}, companyIds};
  records.push(subject);
  events.push(snapshotEvent(subject, now, upsertOf(subject, namespace, captured)));

  for (const contact of captured.contacts) {
    const record: StoredRecord = {
      ...base,
      id: recordId(namespace, 'contact', contact.id),
      kind: 'contact',
      name: contact.name,
      data: {email: contact.email, buyingRoles: contact.buyingRoles ?? []},
      companyIds: captured.kind === 'company' ? [subjectId] : [],
    };
    records.push(record);
    events.push(snapshotEvent(record, now, {kind: 'contact', id: record.id, companyIds: record.companyIds, buyingRoles: contact.buyingRoles ?? [], properties: contact.email ? {email: contact.email} : {}}));
  }

  // TA-14/15: deals listed on a company page roll up from the page itself.
  for (const deal of captured.kind === 'company' ? (captured.deals ?? []) : []) {
    const data = {...(deal.amount !== undefined ? {amount: deal.amount} : {}), ...(deal.stage ? {dealStage: deal.stage} : {})};
    const record: StoredRecord = {...base, id: recordId(namespace, 'deal', deal.id), kind: 'deal', name: deal.name ?? deal.id, data, companyIds: [subjectId]};
    records.push(record);
    events.push(snapshotEvent(record, now, {kind: 'deal', id: record.id, companyIds: [subjectId], ...(deal.amount !== undefined ? {amount: deal.amount} : {}), stage: dealStageOf(deal.stage)}));
  }

  for (const activity of captured.activities) {
    const id = recordId(namespace, 'activity', activity.sourceId);
    const contactId = activity.contactId ? recordId(namespace, 'contact', activity.contactId) : captured.kind === 'contact' ? subjectId : undefined;
    const data = {...activity, contactId, subjectId};
    records.push({...base, id, kind: 'activity', name: activity.title ?? activity.type, data, companyIds});
    const at = activity.at ?? now;
    const engine = engineEvent(activity, {id, at, contactId, companyId: companyIds[0]});
    events.push({id, at, recordedAt: now, type: activityEventType(activity), subject: subjectId, body: data, ...(engine ? {engine} : {})});
  }
  return {records, events, subjectId};
}

type Upsert = Extract<ScenarioEvent, {type: 'recordUpserted'}>['record'];

/** A record's state as a log event; recapturing the same state yields the same id, so nothing is added. */
function snapshotEvent(record: StoredRecord, now: number, upsert: Upsert | undefined): StoredEvent {
  const body = {kind: record.kind, id: record.id, name: record.name, data: record.data, companyIds: record.companyIds};
  const id = `${record.id}@${contentHash(JSON.stringify(body))}`;
  const engine: ScenarioEvent | undefined = upsert && {id, at: now, type: 'recordUpserted', record: upsert};
  return {id, at: now, recordedAt: now, type: 'recordUpserted', subject: record.id, body, ...(engine ? {engine} : {})};
}

/** "Marketing qualified lead" / "marketingqualifiedlead" / "MQL" → the scenario's lifecycle stage name. */
export function lifecycleStageOf(label: string | undefined): LifecycleStage | undefined {
  if (!label) return undefined;
  const key = label.toLowerCase().replace(/[^a-z]/g, '');
  const aliases: Record<string, LifecycleStage> = {mql: 'marketingqualifiedlead', sql: 'salesqualifiedlead'};
  return (LIFECYCLE_STAGES as readonly string[]).includes(key) ? (key as LifecycleStage) : aliases[key];
}

function dealStageOf(label: string | undefined): DealStage {
  const key = (label ?? '').toLowerCase().replace(/[^a-z]/g, '');
  if (key === 'closedwon' || key === 'won') return 'closedwon';
  if (key === 'closedlost' || key === 'lost') return 'closedlost';
  return 'open';
}

function upsertOf(record: StoredRecord, namespace: string, captured: CapturedRecord): Upsert | undefined {
  const f = captured.fields;
  switch (captured.kind) {
    case 'company':
      // The CRM shows the owner's name; the same name always maps to the same user id (TA-20 filter).
      return {kind: 'company', id: record.id, name: record.name, ...(f.owner ? {ownerId: userIdOfName(f.owner)} : {}), properties: f.domain ? {domain: f.domain} : {}};
    case 'contact': {
      const stage = lifecycleStageOf(f.lifecycleStage);
      return {
        kind: 'contact',
        id: record.id,
        companyIds: record.companyIds,
        ...(f.buyingRoles ? {buyingRoles: f.buyingRoles} : {}),
        properties: {...(stage ? {lifecyclestage: stage} : {}), ...(f.email ? {email: f.email} : {})},
      };
    }
    case 'deal':
      return {kind: 'deal', id: record.id, companyIds: record.companyIds, amount: f.amount ?? 0, stage: dealStageOf(f.dealStage)};
    case 'lead':
      // A lead's contact is needed by the rules; without one on the page the lead is only displayed.
      return undefined;
  }
  void namespace;
}

const userIdOfName = (name: string) => `user:${name.trim().toLowerCase()}`;
const userIdOf = (activity: CapturedActivity) => userIdOfName(activity.userName ?? 'me');

/** The SCENARIO.md event the rules see for a captured activity; undefined when the rules need more. */
export function engineEvent(activity: CapturedActivity, ctx: {id: string; at: number; contactId?: string; companyId?: string}): ScenarioEvent | undefined {
  const {id, at, contactId, companyId} = ctx;
  const userId = userIdOf(activity);
  if (activity.type === 'note') return contactId || companyId ? {id, at, type: 'noteLogged', userId, ...(contactId ? {contactId} : {companyId})} : undefined;
  if (activity.type === 'task') return contactId || companyId ? {id, at, type: 'taskCreated', taskId: id, userId, ...(contactId ? {contactId} : {companyId})} : undefined;
  if (!contactId) return undefined;
  const user = activity.direction === 'user';
  switch (activity.type) {
    case 'call':
      return {id, at, type: 'callLogged', contactId, userId, outcome: activity.outcome ?? 'noAnswer'};
    case 'email':
      return user ? {id, at, type: 'emailSent', contactId, userId} : {id, at, type: 'emailReplied', contactId};
    case 'meeting':
      return user ? {id, at, type: 'meetingScheduled', contactId, userId, startsAt: at} : {id, at, type: 'meetingBooked', contactId, startsAt: at};
    case 'linkedinMessage':
      return {id, at, type: 'linkedinMessageSent', contactId, userId};
    case 'form':
      return {id, at, type: 'formSubmitted', contactId, formId: activity.title ?? 'form'};
    case 'pageView':
      return {id, at, type: 'pageViewed', contactId};
    case 'documentView':
      return {id, at, type: 'documentViewed', contactId};
  }
}

/** The SCENARIO.md event type an activity stands for (SPEC LA-4/5, TA-16/17). */
export function activityEventType(activity: CapturedActivity): string {
  const user = activity.direction === 'user';
  switch (activity.type) {
    case 'call':
      return 'callLogged';
    case 'email':
      return user ? 'emailSent' : 'emailReplied';
    case 'meeting':
      return user ? 'meetingScheduled' : 'meetingBooked';
    case 'linkedinMessage':
      return 'linkedinMessageSent';
    case 'note':
      return 'noteLogged';
    case 'task':
      return 'taskCreated';
    case 'form':
      return 'formSubmitted';
    case 'pageView':
      return 'pageViewed';
    case 'documentView':
      return 'documentViewed';
  }
}
