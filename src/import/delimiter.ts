/**
 * Which delimiter a file uses. Papaparse can guess, but it looks at the first rows only, and exports
 * start with title lines ("Campaign report", "Report Start: Mar 1, 2026, 12:00 AM") that mislead it.
 * We pick the candidate whose per-line count (outside quotes) is the most common non-zero count over
 * the first lines, then hand papaparse the answer; parsing itself stays papaparse's job.
 */

const CANDIDATES = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof CANDIDATES)[number];

export function guessDelimiter(text: string, sampleLines = 40): Delimiter {
  const lines = sample(text, sampleLines);
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const delimiter of CANDIDATES) {
    const tally = new Map<number, number>();
    for (const line of lines) {
      const count = countOutsideQuotes(line, delimiter);
      if (count > 0) tally.set(count, (tally.get(count) ?? 0) + 1);
    }
    for (const [count, lineCount] of tally) {
      // Lines agreeing on one count matter most; wider rows break ties (a header has many columns).
      const score = lineCount * 1000 + count;
      if (score > bestScore) {
        bestScore = score;
        best = delimiter;
      }
    }
  }
  return best;
}

function sample(text: string, max: number): string[] {
  const out: string[] = [];
  let start = 0;
  while (out.length < max && start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end).trim();
    if (line !== '') out.push(line);
    start = end + 1;
  }
  return out;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === delimiter) count++;
  }
  return count;
}
