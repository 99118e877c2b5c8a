/**
 * Captures the record on screen (fields, associated contacts, visible timeline) into the background's
 * store, and again whenever the CRM re-renders what it shows. The background derives every id from
 * the CRM's own ids, so however often the page re-renders, each activity is stored once; here we only
 * skip sending when nothing visible changed.
 */
import type {CapturedRecord} from '../../adapters/types';
import {send} from '../../shared/messaging';
import {captureState} from '../capture-state';
import {onDomChange, waitFor} from '../dom/observe';
import {defineFeature} from '../feature';
import {reportHealth} from '../health';

const READ_TIMEOUT_MS = 8000;
const RETRIES = 5;

function fingerprint(record: CapturedRecord): string {
  return JSON.stringify([record.name, record.fields, record.contacts.map((c) => [c.id, c.name, c.buyingRoles]), record.activities.map((a) => [a.sourceId, a.outcome, a.title])]);
}

export default defineFeature('activity-capture', {
  include: (page) => page.type === 'record',
  async init({signal, adapter, page, url, namespace}) {
    if (page.type !== 'record') return;
    captureState.value = null;
    // A record whose id is not the page's is the previous page still on screen: not ready yet.
    const read = () => {
      const record = adapter.readRecord(document, page);
      return record && record.id === page.id ? record : undefined;
    };
    const first = await waitFor(read, signal, READ_TIMEOUT_MS);
    if (signal.aborted) return;
    if (!first) {
      reportHealth(adapter, page, 'capture', false, [], ['record'], url);
      return;
    }
    let last = '';
    let inFlight: Promise<void> = Promise.resolve();
    let retries = 0;
    const capture = () => {
      const record = read();
      if (!record || signal.aborted) return;
      const print = fingerprint(record);
      if (print === last) return;
      last = print;
      inFlight = inFlight.then(async () => {
        try {
          const result = await send('record/captured', {adapterId: adapter.id, namespace, record});
          retries = 0;
          if (!signal.aborted) captureState.value = {recordId: result.recordId, summary: result.summary};
        } catch (error) {
          last = '';
          if (signal.aborted) return;
          // The worker may have been stopped mid-message; it wakes on the next one. Retry with backoff
          // before telling the user anything (storage errors are final and shown at once).
          const final = (error as {code?: string}).code?.startsWith('storage') || retries >= RETRIES;
          if (!final) {
            const timer = setTimeout(capture, 250 * 2 ** retries++);
            signal.addEventListener('abort', () => clearTimeout(timer), {once: true});
            return;
          }
          captureState.value = {recordId: '', summary: captureState.value?.summary ?? null, error: (error as Error).message};
        }
      });
    };
    const found = Object.entries(first.fields).filter(([, value]) => value !== undefined).map(([key]) => key);
    reportHealth(adapter, page, 'capture', true, found, [], url);
    capture();
    onDomChange(document.body, capture, signal);
  },
});
