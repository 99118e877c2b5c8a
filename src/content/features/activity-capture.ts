/**
 * Captures the record on screen (fields, associated contacts, visible timeline) into the background's
 * store, and again whenever the CRM re-renders what it shows. The background derives every id from
 * the CRM's own ids, so however often the page re-renders, each activity is stored once; here we only
 * send what the background has not acknowledged yet, in bounded batches (capture-queue.ts).
 */
import {send} from '../messaging';
import {captureState} from '../capture-state';
import {CaptureQueue} from '../capture-queue';
import {onDomChange, waitFor} from '../dom/observe';
import {defineFeature} from '../feature';
import {reportHealth} from '../health';

const READ_TIMEOUT_MS = 8000;

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
    // Bounded batches, ack-based, retried while the worker restarts (capture-queue.ts).
    const queue = new CaptureQueue({
      send: (record) => send('record/captured', {adapterId: adapter.id, namespace, record}),
      read,
      sleep: (ms) =>
        new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, ms);
          signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), {once: true});
        }),
      timeout: (ms) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
      aborted: () => signal.aborted,
      onStored: (result) => {
        if (!signal.aborted) captureState.value = {recordId: result.recordId, summary: result.summary};
      },
      onFailed: (error) => {
        if (!signal.aborted) captureState.value = {recordId: '', summary: captureState.value?.summary ?? null, error: error.message};
      },
    });
    const capture = () => void queue.flush();
    const found = Object.entries(first.fields).filter(([, value]) => value !== undefined).map(([key]) => key);
    reportHealth(adapter, page, 'capture', true, found, [], url);
    capture();
    onDomChange(document.body, capture, signal);
  },
});
