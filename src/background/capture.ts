/**
 * A record captured from a CRM page → the records and log events it stands for. Pure, so the
 * "captured exactly once" promise is testable without a browser: every id is derived from the CRM's
 * own ids (and a record snapshot's content), never from a clock or a counter.
 */
import type * as v from 'valibot';
import type {CapturedRecord as CapturedRecordSchema} from '../shared/protocol';
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
  events.push(snapshotEvent(subject, now));

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
    events.push(snapshotEvent(record, now));
  }

  for (const activity of captured.activities) {
    const id = recordId(namespace, 'activity', activity.sourceId);
    const contactId = activity.contactId ? recordId(namespace, 'contact', activity.contactId) : captured.kind === 'contact' ? subjectId : undefined;
    const data = {...activity, contactId, subjectId};
    records.push({...base, id, kind: 'activity', name: activity.title ?? activity.type, data, companyIds});
    events.push({id, at: activity.at ?? now, recordedAt: now, type: activityEventType(activity), subject: subjectId, body: data});
  }
  return {records, events, subjectId};
}

/** A record's state as a log event; recapturing the same state yields the same id, so nothing is added. */
function snapshotEvent(record: StoredRecord, now: number): StoredEvent {
  const body = {kind: record.kind, id: record.id, name: record.name, data: record.data, companyIds: record.companyIds};
  return {id: `${record.id}@${contentHash(JSON.stringify(body))}`, at: now, recordedAt: now, type: 'recordUpserted', subject: record.id, body};
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
