/**
 * Bundled by bench/accounts-browser.ts and evaluated in a Goalpost extension page (same origin as the
 * service worker, so the same IndexedDB): writes the bench data into Goalpost's event log the way
 * ingest() stores events, in chunked readwrite transactions, and drops the stored engine snapshot so
 * the worker rebuilds its projections from the log (engine-host.ts `rebuild`).
 */
import {seedEvents, type Sizes} from './_accounts-data';

declare global {
  interface Window {
    seedGoalpost(sizes: Sizes): Promise<{events: number; ms: number}>;
  }
}

const CHUNK = 25_000;
const req = <T>(r: IDBRequest<T>) => new Promise<T>((ok, ko) => ((r.onsuccess = () => ok(r.result)), (r.onerror = () => ko(r.error))));
const done = (tx: IDBTransaction) => new Promise<void>((ok, ko) => ((tx.oncomplete = () => ok()), (tx.onerror = () => ko(tx.error)), (tx.onabort = () => ko(tx.error))));

window.seedGoalpost = async (sizes) => {
  const t0 = performance.now();
  // Opened at whatever version the worker created (db.ts DB_VERSION): the bench asks the worker first.
  const open = indexedDB.open('goalpost');
  open.onupgradeneeded = () => open.transaction?.abort();
  const db = await req(open);
  let events = 0;
  let batch: IDBTransaction | undefined;
  for (const engine of seedEvents(sizes)) {
    if (!batch || events % CHUNK === 0) {
      if (batch) await done(batch);
      batch = db.transaction(['events'], 'readwrite');
    }
    batch.objectStore('events').put({id: engine.id, at: engine.at, recordedAt: engine.at, type: engine.type, subject: 'bench', body: null, engine});
    events++;
  }
  if (batch) await done(batch);
  const tx = db.transaction(['state'], 'readwrite');
  tx.objectStore('state').delete('engines');
  await done(tx);
  db.close();
  return {events, ms: performance.now() - t0};
};
