/**
 * Imported CRM records → `recordUpserted` events for the background to append. The id hashes the
 * record's content, so re-importing unchanged rows yields ids the log already has (nothing changes),
 * while an edited row yields a new event that replaces the fields it carries.
 */
import type {Instant, ScenarioEvent, UpsertedRecord} from '../core/model';
import {hash53} from './shape';
import type {CrmImport} from './types';

export function recordEvents(crm: CrmImport, at: Instant): ScenarioEvent[] {
  const stubs = new Set(crm.stubCompanyIds);
  const records: UpsertedRecord[] = [
    // A stub knows only a name: leave targetAccount alone so it never clears a flag set elsewhere.
    ...crm.companies.map((c): UpsertedRecord => (stubs.has(c.id) ? {kind: 'company', id: c.id, name: c.name} : {kind: 'company', ...c})),
    ...crm.contacts.map((c): UpsertedRecord => ({kind: 'contact', ...c})),
    ...crm.deals.map((d): UpsertedRecord => ({kind: 'deal', ...d})),
  ];
  return records.map((record) => ({
    type: 'recordUpserted',
    id: `import:${record.id}:${hash53(JSON.stringify(record)).toString(36)}`,
    at,
    record,
  }));
}
