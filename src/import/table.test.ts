/** Reading a big file in chunks (for progress within the file) gives exactly the table read in one go. */
import {readdirSync, readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {describe, expect, test} from 'vitest';
import {decodeText} from './encoding';
import {importFile} from './pipeline';
import {parseTable} from './table';

const FIXTURES = resolve(import.meta.dirname, '../../tests/fixtures/imports');
const csvs = readdirSync(FIXTURES).filter((f) => f.endsWith('.csv'));

describe('parseTable in chunks', () => {
  test.each(csvs)('%s: rows, lines and errors are the same for chunks of 7, 64 and 1 MiB characters', (name) => {
    const {text} = decodeText(readFileSync(`${FIXTURES}/${name}`));
    const whole = parseTable(text);
    for (const size of [7, 64, 1 << 20]) {
      const seen: number[] = [];
      const chunked = parseTable(text, (p) => seen.push(p.charsDone), size);
      expect(chunked).toEqual(whole);
      expect(seen.at(-1)).toBe(text.length);
      expect(seen).toEqual([...seen].sort((a, b) => a - b));
    }
  });

  test('an unclosed quote is reported on its line when read in chunks', () => {
    const text = 'a,b\n1,2\n3,"never closed\n4,5\n';
    const issues = parseTable(text, () => undefined, 5).issues;
    expect(issues).toEqual(parseTable(text).issues);
    expect(issues[0]).toMatchObject({line: 3, message: expect.stringContaining('never closed')});
  });

  test('importFile reports progress through a big file and gives the same result', () => {
    const lines = ['Record ID,First Name,Last Name,Email,Lifecycle Stage'];
    for (let i = 0; i < 60_000; i++) lines.push(`${100_000 + i},F${i},"Last, ${i}",p${i}@example.com,Lead`);
    const data = new TextEncoder().encode(lines.join('\r\n'));
    const progress: Array<{charsDone: number; charsTotal: number; rows: number}> = [];
    const withProgress = importFile({name: 'big.csv', data}, {onProgress: (p) => progress.push(p)});
    expect(withProgress).toEqual(importFile({name: 'big.csv', data}));
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toMatchObject({charsDone: progress[0].charsTotal, rows: 60_001});
    expect(progress[0].rows).toBeLessThan(60_001);
  });
});
