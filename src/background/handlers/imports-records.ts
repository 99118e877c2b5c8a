/**
 * An import's normalized records → what the background stores: StoredRecords (for the panels and
 * counts) and log events (recordUpserted from recordEvents, plus activity events) for the engines.
 * Pure, so the same import always gives the same ids and the same records.
 */
import type {ScenarioEvent} from '../../core/model';
import {recordEvents} from '../../import/record-events';
import type {CrmImport} from '../../import/types';
import type {ImportCommitData} from '../../shared/protocol/imports';
import type {StoredEvent, StoredRecord} from '../db';

type Kind = StoredRecord['kind'];

/** `hubspot:import:contact:501` → `hubspot:import`. */
export function sourceOf(id: string, kind: Kind): string {
  const at = id.lastIndexOf(`:${kind}:`);
  return at > 0 ? id.slice(0, at) : 'import';
}

function contactName(properties: Record<string, unknown>, id: string): string {
  const full = [properties.firstname, properties.lastname].filter((p) => typeof p === 'string' && p).join(' ');
  if (full) return full;
  return typeof properties.email === 'string' && properties.email ? properties.email : id;
}

export function importedRecords(crm: ImportCommitData, now: number): StoredRecord[] {
  const stubs = new Set(crm.stubCompanyIds);
  const base = (id: string, kind: Kind) => ({id, kind, source: sourceOf(id, kind), firstSeen: now, lastSeen: now});
  const records: StoredRecord[] = [];
  for (const c of crm.companies) {
    const data: Record<string, unknown> = {...c.properties};
    if (!stubs.has(c.id)) data.targetAccount = c.targetAccount;
    if (c.ownerId) data.owner = c.ownerId;
    records.push({...base(c.id, 'company'), name: c.name, data, companyIds: []});
  }
  for (const c of crm.contacts) {
    records.push({...base(c.id, 'contact'), name: contactName(c.properties, c.id), data: {...c.properties, buyingRoles: c.buyingRoles}, companyIds: c.companyIds});
  }
  for (const d of crm.deals) {
    records.push({...base(d.id, 'deal'), name: d.id, data: {amount: d.amount, dealStage: d.stage}, companyIds: d.companyIds});
  }
  return records;
}

export function importedEvents(crm: ImportCommitData, now: number): StoredEvent[] {
  const upserts = recordEvents(crm as unknown as CrmImport, now);
  const activities = crm.events as unknown as ScenarioEvent[];
  return [...upserts, ...activities].map((engine) => ({
    id: engine.id,
    at: engine.at,
    recordedAt: now,
    type: engine.type,
    subject: subjectOf(engine),
    body: null,
    engine,
  }));
}

function subjectOf(event: ScenarioEvent): string {
  if (event.type === 'recordUpserted') return event.record.id;
  const e = event as {contactId?: string; companyId?: string};
  return e.contactId ?? e.companyId ?? event.id;
}
