/** Bytes → text → rows: encodings, delimiters, title/footer lines and physical line numbers (IDEA-8). */
import {describe, expect, test} from 'vitest';
import {decodeText, detectEncoding, guessDelimiter, importFile, parseTable} from '../../src/import/index';

const utf16le = (text: string, bom = true) => {
  const body = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    body[i * 2] = text.charCodeAt(i) & 0xff;
    body[i * 2 + 1] = text.charCodeAt(i) >> 8;
  }
  return bom ? new Uint8Array([0xff, 0xfe, ...body]) : body;
};

describe('encoding', () => {
  test.each([
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, 0x43, 0x61, 0x66, 0xc3, 0xa9]), 'utf-8', 'Café'],
    ['UTF-8 without BOM', new TextEncoder().encode('Café'), 'utf-8', 'Café'],
    ['UTF-16LE with BOM', utf16le('Café'), 'utf-16le', 'Café'],
    ['UTF-16LE without BOM', utf16le('Record ID\tName', false), 'utf-16le', 'Record ID\tName'],
    ['windows-1252 (invalid UTF-8)', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80]), 'windows-1252', 'Café €'],
  ])('IDEA-8 %s is decoded', (_name, bytes, encoding, text) => {
    expect(detectEncoding(bytes).encoding).toBe(encoding);
    expect(decodeText(bytes).text).toBe(text);
  });
});

describe('delimiter', () => {
  test('IDEA-8 title lines with commas do not fool the guess for a tab file', () => {
    const text = 'Campaign Performance Report\nReport Start: 3/1/2026, 12:00 AM\nReport End: 3/31/2026, 11:59 PM\na\tb\tc\n1\t2\t3\n4\t5\t6\n';
    expect(guessDelimiter(text)).toBe('\t');
  });

  test('IDEA-8 decimal commas do not make a semicolon file comma-separated', () => {
    expect(guessDelimiter('Datum;Kosten;Konv.\n02.03.2026;1.234,56;3\n03.03.2026;12,5;1,5\n')).toBe(';');
  });

  test('IDEA-8 quoted delimiters are not counted', () => {
    expect(guessDelimiter('a,b,c\n"x;y;z",1,2\n"p;q",3,4\n')).toBe(',');
  });
});

describe('table lines', () => {
  test('IDEA-8 each row knows its physical line, after quoted multi-line cells and CRLF', () => {
    const table = parseTable('h1,h2\r\n"a\r\nb\r\nc",1\r\nd,2\r\n');
    expect(table.rows.slice(0, 3)).toEqual([['h1', 'h2'], ['a\r\nb\r\nc', '1'], ['d', '2']]);
    expect(table.lines.slice(0, 3)).toEqual([1, 2, 5]);
  });

  test('IDEA-8 an unclosed quote is reported at the line where the field starts', () => {
    const table = parseTable('a,b\n1,2\n"3,4\n5,6\n');
    expect(table.issues[0]).toMatchObject({line: 3, column: null});
    expect(table.issues[0].message).toContain('never closed');
  });
});

describe('rows that are not data', () => {
  test('IDEA-8 blank, total, summary and footer lines are not counted as rows', () => {
    const csv = [
      '"Account ID","Account Name","Target Account"',
      '"001A","Globex","1"',
      '',
      '"Total Gym","Total Gym Ltd","0"',
      '"Grand Totals (2 records)"',
      'Total,,',
      'Copyright (c) 2000-2026 salesforce.com',
      ',,',
    ].join('\n');
    const file = importFile({name: 'accounts.csv', data: csv});
    expect(file.format).toBe('salesforce-accounts');
    // "Total Gym" is a company whose name merely starts with the word.
    expect(file.rows).toBe(2);
    expect(file.crmRows?.companies.map((c) => c.name)).toEqual(['Globex', 'Total Gym Ltd']);
  });

  test('IDEA-8 a row with more fields than the header is an error naming the line', () => {
    const file = importFile({name: 'x.csv', data: 'Record ID,Company name\n1,Acme\n2,Beta,extra\n'});
    expect(file.errors).toEqual([{line: 3, column: null, message: 'row has 3 fields, the header has 2'}]);
  });

  test('IDEA-8 a known format missing a required column says which and how to fix it', () => {
    const file = importFile({name: 'g.csv', data: 'Campaign report\nCampaign,Currency code,Cost\nBrand,EUR,12.00\n'});
    expect(file.format).toBe('google-ads');
    expect(file.errors).toEqual([{line: 2, column: 'Day', message: 'missing column "Day": add the segment Time › Day to the report'}]);
  });
});
