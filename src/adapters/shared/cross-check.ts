/**
 * The github-url-detection cross-check (STYLE.md §2): every predicate is true for its own URLs and
 * false for every URL listed under any other predicate, and for the unrelated URLs. Returns the
 * mismatches as readable lines so a failing test says which URL and which predicate.
 */
export function crossCheck(
  pages: Record<string, (url: URL) => boolean>,
  cases: Record<string, string[]>,
  unrelated: string[] = [],
): string[] {
  const problems: string[] = [];
  const all = Object.entries(cases).flatMap(([owner, urls]) => urls.map((url) => ({owner, url})));
  for (const url of unrelated) all.push({owner: '(unrelated)', url});
  for (const [name, predicate] of Object.entries(pages)) {
    if (!cases[name]?.length) problems.push(`${name}: no test URLs`);
    for (const {owner, url} of all) {
      const expected = owner === name;
      if (predicate(new URL(url)) !== expected) problems.push(`${name}(${url}) should be ${expected}`);
    }
  }
  return problems;
}
