/** What the background does for each message. Requests arrive parsed and from an allowed sender. */
import {captureToBatch} from '../capture';
import type {HandlersFor} from '../router';
import type {foundationProtocol} from '../../shared/protocol';

type FoundationHandlers = HandlersFor<typeof foundationProtocol>;
import {ingest} from '../engine-host';
import {companySummary, listHealth, recordHealth, storeStatus} from '../store';

export function foundationHandlers(now: () => number): FoundationHandlers {
  return {
    async 'record/captured'({namespace, record}) {
      const batch = captureToBatch(namespace, record, now());
      const {newEvents} = await ingest(batch.records, batch.events, now());
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
