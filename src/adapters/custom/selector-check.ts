/**
 * Is a user-written selector plain CSS? Descriptions are data: CSS selectors only, never XPath or
 * script. With a DOM at hand (options page) the browser's own parser decides; without one (tests,
 * the background) a conservative shape check runs, and the content script's safe queries catch the rest.
 */

export function selectorProblem(selector: string): string | undefined {
  const s = selector.trim();
  if (!s) return 'must not be empty';
  if (s.length > 500) return 'must be at most 500 characters';
  if (/^(\/|\(|\.\/|xpath:|css:)/i.test(s)) return 'must be a CSS selector (XPath and prefixes such as "css:" are not supported)';
  if (/javascript:|expression\(|url\(/i.test(s)) return 'must be a plain CSS selector';
  if (!balanced(s)) return 'has unbalanced brackets or quotes';
  const doc = (globalThis as {document?: Document}).document;
  if (doc?.createDocumentFragment) {
    try {
      doc.createDocumentFragment().querySelector(s);
    } catch {
      return 'is not a valid CSS selector';
    }
  }
  return undefined;
}

function balanced(s: string): boolean {
  const stack: string[] = [];
  let quote: string | undefined;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '(') stack.push(c);
    else if (c === ']' && stack.pop() !== '[') return false;
    else if (c === ')' && stack.pop() !== '(') return false;
  }
  return !quote && stack.length === 0;
}

/** Attribute names we read: letters, digits, "-", "_", ":" (no spaces or selector syntax). */
export function attributeProblem(name: string): string | undefined {
  return /^[a-zA-Z_][\w:.-]{0,99}$/.test(name) ? undefined : 'must be an attribute name such as "data-id"';
}
