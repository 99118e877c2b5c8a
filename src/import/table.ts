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

/** Reading progress within one file: characters of its text read so far, and rows. */
export type TableProgress = (progress: {charsDone: number; charsTotal: number; rows: number}) => void;

/**
 * With `onProgress`, papaparse reads the text in chunks of `chunkSize` characters (a row cut by a
 * chunk's end is carried into the next) and reports after each; the table is the same either way.
 */
export function parseTable(text: string, onProgress?: TableProgress, chunkSize = 1 << 20): Table {
  const delimiter = guessDelimiter(text);
  const config = {delimiter, header: false, skipEmptyLines: false, dynamicTyping: false} as const;
  let rows: string[][];
  let errors: Papa.ParseError[];
  if (!onProgress) {
    const parsed = Papa.parse<string[]>(text, config);
    rows = parsed.data;
    errors = parsed.errors;
  } else {
    rows = [];
    errors = [];
    const all = rows;
    const found = errors;
    // papaparse guesses the line break from the first 1 MiB; a small first chunk could guess otherwise.
    const newline = Papa.parse<string[]>(text.slice(0, 1 << 20), {...config, preview: 1}).meta.linebreak;
    Papa.parse<string[]>(text, {
      ...config,
      newline: newline as Papa.ParseConfig['newline'],
      chunkSize,
      chunk(results: Papa.ParseResult<string[]>) {
        // A chunk's error rows count from the chunk's first row.
        for (const error of results.errors) found.push(error.row === undefined ? error : {...error, row: error.row + all.length});
        for (const row of results.data) all.push(row);
        onProgress({charsDone: Math.min(results.meta.cursor, text.length), charsTotal: text.length, rows: all.length});
      },
      complete: () => undefined, // a string is read synchronously: done when parse() returns
    });
  }
  const lines = new Array<number>(rows.length);
  let line = 1;
  for (let i = 0; i < rows.length; i++) {
    lines[i] = line;
    line += 1 + breaksInRow(rows[i]);
  }
  const issues: ImportIssue[] = [];
  for (const error of errors) {
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
