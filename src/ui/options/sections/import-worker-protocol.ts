/** Messages between the "Import CRM data" section and its web worker (plain data, structured-cloned). */
import type {CrmImport, ImportIssue, ImportOptions} from '../../../import/types';
import type {PreviewFile} from '../../../import/preview';

export interface WorkerRequest {
  files: Array<{name: string; data: ArrayBuffer}>;
  options: ImportOptions;
}

/** What the preview needs of each file (the worker keeps the bulky rows to itself). */
export interface ParsedFile {
  file: string;
  format: string;
  kind: 'ad' | 'crm' | 'unknown';
  headers: string[];
  shapeKey: string;
  rows: number;
  errors: ImportIssue[];
  warnings: ImportIssue[];
  /** Rows this file gives (before associations across files); 0 when its errors stop it. */
  counts: {contacts: number; companies: number; deals: number; activities: number};
}

export type WorkerReply =
  | {type: 'progress'; filesDone: number; filesTotal: number; rows: number; bytesDone: number; bytesTotal: number; ms: number}
  | {type: 'done'; files: ParsedFile[]; preview: PreviewFile[]; crm: CrmImport; ms: number}
  | {type: 'error'; message: string};
