/**
 * What the import worker does, as a plain function (the worker calls it; unit tests call it directly):
 * importFile per file with progress while each is read (at most every PROGRESS_MS) and after each, the
 * associations across all files (resolveCrm), then
 * the preview. The bulky per-file rows stay here; the page gets counts, errors and the normalized CRM.
 */
import {buildPreview, importFile, mergeAdMetrics, resolveCrm, type FileImport} from '../../../import/index';
import type {ParsedFile, WorkerReply, WorkerRequest} from './import-worker-protocol';

/** Progress within a file is posted at most this often. */
export const PROGRESS_MS = 100;

export function runImport({files, options}: WorkerRequest, post: (reply: WorkerReply) => void, progressMs = PROGRESS_MS): void {
  try {
    const started = performance.now();
    const bytesTotal = files.reduce((sum, f) => sum + f.data.byteLength, 0);
    const parsed: FileImport[] = [];
    let rows = 0;
    let bytesDone = 0;
    let lastPost = started;
    for (const file of files) {
      const size = file.data.byteLength;
      const onProgress = ({charsDone, charsTotal, rows: fileRows}: {charsDone: number; charsTotal: number; rows: number}) => {
        const at = performance.now();
        if (at - lastPost < progressMs || charsDone >= charsTotal) return;
        lastPost = at;
        const done = bytesDone + Math.floor((size * charsDone) / Math.max(charsTotal, 1));
        post({type: 'progress', filesDone: parsed.length, filesTotal: files.length, rows: rows + fileRows, bytesDone: done, bytesTotal, ms: at - started});
      };
      const result = importFile({name: file.name, data: new Uint8Array(file.data)}, {...options, onProgress});
      parsed.push(result);
      rows += result.rows;
      bytesDone += file.data.byteLength;
      post({type: 'progress', filesDone: parsed.length, filesTotal: files.length, rows, bytesDone, bytesTotal, ms: performance.now() - started});
    }
    const crm = resolveCrm(parsed.flatMap((f) => (f.crmRows ? [{file: f.file, rows: f.crmRows}] : [])));
    const result = {files: parsed, adMetrics: mergeAdMetrics(...parsed.map((f) => f.adMetrics)), crm};
    const slim: ParsedFile[] = parsed.map(({file, format, kind, headers, shapeKey, rows: n, errors, warnings, crmRows}) => ({
      file, format, kind, headers, shapeKey, rows: n, errors, warnings,
      counts: {contacts: crmRows?.contacts.length ?? 0, companies: crmRows?.companies.length ?? 0, deals: crmRows?.deals.length ?? 0, activities: crmRows?.activities.length ?? 0},
    }));
    post({type: 'done', files: slim, preview: buildPreview(result).files, crm, ms: performance.now() - started});
  } catch (error) {
    post({type: 'error', message: (error as Error).message});
  }
}
