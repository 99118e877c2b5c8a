/** What the background does for each message. Requests arrive parsed and from an allowed sender. */
import {captureToBatch} from './capture';
import type {Handlers} from './router';
import {commitBatch, companySummary, listHealth, recordHealth, storeStatus} from './store';

export function createHandlers(now: () => number): Handlers {
  return {
    async 'record/captured'({namespace, record}) {
      const batch = captureToBatch(namespace, record, now());
      const {newEvents} = await commitBatch(batch.records, batch.events);
      const summary = record.kind === 'company' ? await companySummary(batch.subjectId) : null;
      return {recordId: batch.subjectId, newEvents, summary};
    },
    async 'company/summary'({recordId}) {
      return companySummary(recordId);
    },
    async 'health/report'(entry) {
      await recordHealth(entry, now());
      return {};
    },
    async 'health/list'() {
      return listHealth();
    },
    async 'store/status'() {
      return storeStatus();
    },
  };
}
