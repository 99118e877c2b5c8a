/**
 * Text → rows of cells with the physical line each row starts on. Parsing is papaparse's (quotes,
 * escaped quotes, multi-line fields); we only count the line breaks inside fields so that errors name
 * the real line in the file even after a quoted multi-line cell.
 */
import Papa from 'papaparse';
import {guessDelimiter, type Delimiter} from './delimiter';
import type {ImportIssue} from './types';

export interface Table {
  rows: string[][];
  /** lines[i] is the 1-based line on which rows[i] starts. */
  lines: number[];
  delimiter: Delimiter;
  /** Problems papaparse found (an unclosed quote, say). */
  issues: ImportIssue[];
}

export function parseTable(text: string): Table {
  const delimiter = guessDelimiter(text);
  const parsed = Papa.parse<string[]>(text, {delimiter, header: false, skipEmptyLines: false, dynamicTyping: false});
  const rows = parsed.data;
  const lines = new Array<number>(rows.length);
  let line = 1;
  for (let i = 0; i < rows.length; i++) {
    lines[i] = line;
    line += 1 + breaksInRow(rows[i]);
  }
  const issues: ImportIssue[] = [];
  for (const error of parsed.errors) {
    // Delimiter guessing is ours, so papaparse's own guess failing is not news.
    if (error.type === 'Delimiter') continue;
    const at = error.row !== undefined && error.row < lines.length ? lines[error.row] : line;
    const message =
      error.code === 'MissingQuotes' ? 'a quoted field is never closed (missing ")' : `unreadable CSV: ${error.message}`;
    issues.push({line: at, column: null, message});
  }
  return {rows, lines, delimiter, issues};
}

function breaksInRow(row: string[]): number {
  let breaks = 0;
  for (const cell of row) {
    if (cell.indexOf('\n') === -1 && cell.indexOf('\r') === -1) continue;
    for (let i = 0; i < cell.length; i++) {
      const ch = cell.charCodeAt(i);
      if (ch === 10) breaks++;
      else if (ch === 13 && cell.charCodeAt(i + 1) !== 10) breaks++;
    }
  }
  return breaks;
}
