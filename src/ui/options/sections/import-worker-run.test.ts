/** The import worker reports progress within one big file (percent of its bytes, rows so far). */
import {describe, expect, test} from 'vitest';
import type {WorkerReply} from './import-worker-protocol';
import {runImport} from './import-worker-run';

function contacts(rows: number): ArrayBuffer {
  const lines = ['Record ID,First Name,Last Name,Email,Lifecycle Stage'];
  for (let i = 0; i < rows; i++) lines.push(`${100_000 + i},First${i},Last${i},p${i}@example.com,Lead`);
  return new TextEncoder().encode(lines.join('\n')).buffer as ArrayBuffer;
}

describe('runImport progress', () => {
  test('one 4 MB file gives progress while it is read, rising, then the whole file', () => {
    const data = contacts(80_000);
    const size = data.byteLength;
    const replies: WorkerReply[] = [];
    runImport({files: [{name: 'big.csv', data}], options: {}}, (r) => replies.push(r), 0);
    const progress = replies.filter((r): r is Extract<WorkerReply, {type: 'progress'}> => r.type === 'progress');
    const within = progress.filter((p) => p.filesDone === 0);
    expect(within.length).toBeGreaterThanOrEqual(3);
    for (const [i, p] of within.entries()) {
      expect(p.bytesDone).toBeGreaterThan(i ? within[i - 1].bytesDone : 0);
      expect(p.bytesDone).toBeLessThan(size);
      expect(p.rows).toBeGreaterThan(i ? within[i - 1].rows : 0);
    }
    expect(progress.at(-1)).toMatchObject({filesDone: 1, filesTotal: 1, bytesDone: size, bytesTotal: size, rows: 80_000});
    expect(replies.at(-1)).toMatchObject({type: 'done'});
  });
});
