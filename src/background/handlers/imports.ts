/** Handlers of the CRM import capability's messages (src/shared/protocol/imports.ts). */
import {parseMapping} from '../../import/mapping-schema';
import browser from '../../shared/browser';
import type {importsProtocol} from '../../shared/protocol/imports';
import {ingest} from '../engine-host';
import type {HandlersFor} from '../router';
import type {HandlerDeps} from './deps';
import {importedEvents, importedRecords} from './imports-records';

export const MAPPINGS_KEY = 'importMappings';
const MAX_MAPPINGS = 200;

async function readMappings(): Promise<Record<string, unknown>> {
  const stored = (await browser.storage.local.get(MAPPINGS_KEY))[MAPPINGS_KEY];
  return stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
}

export function importsHandlers({now}: HandlerDeps): HandlersFor<typeof importsProtocol> {
  return {
    async 'imports/mappings'() {
      return {mappings: await readMappings()};
    },
    async 'imports/mapping-save'({shapeKey, mapping}) {
      const parsed = parseMapping(mapping);
      if (!parsed.ok) return {ok: false as const, error: parsed.error};
      const mappings = {...(await readMappings()), [shapeKey]: parsed.mapping};
      const keys = Object.keys(mappings);
      for (const key of keys.slice(0, Math.max(0, keys.length - MAX_MAPPINGS))) delete mappings[key];
      await browser.storage.local.set({[MAPPINGS_KEY]: mappings});
      return {ok: true as const};
    },
    async 'imports/commit'(crm) {
      const at = now();
      // A record imported again keeps the times it already has, so re-importing the same file changes
      // nothing at all (ingest() merges fields; the events are skipped by id).
      const records = importedRecords(crm, at);
      const events = importedEvents(crm, at);
      const result = await ingest(records, events, at, {keepTimes: true});
      return {newRecords: result.newRecords, newEvents: result.newEvents, records: records.length, events: events.length};
    },
  };
}
