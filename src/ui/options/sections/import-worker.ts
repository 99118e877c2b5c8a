/** The import web worker: parses off the main thread (see import-worker-run.ts); the page terminates it to cancel. */
import type {WorkerReply, WorkerRequest} from './import-worker-protocol';
import {runImport} from './import-worker-run';

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  runImport(event.data, (reply: WorkerReply) => (self as unknown as Worker).postMessage(reply));
};
