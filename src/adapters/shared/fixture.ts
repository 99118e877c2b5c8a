/**
 * Test helper: load a saved fixture page into a happy-dom document at a given URL, so selectors and
 * extraction run against the same markup a content script would see. Test-only (imports happy-dom).
 */
import {readFileSync} from 'node:fs';
import {Window} from 'happy-dom';

export function loadFixture(path: string | URL, url: string): Document {
  const html = readFileSync(path, 'utf8');
  const window = new Window({url, settings: {disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true}});
  window.document.write(html);
  return window.document as unknown as Document;
}

/** Count per selector, for the `_` twin tables (STYLE.md §5). -1 marks an invalid selector. */
export function countAll(root: ParentNode, selectors: Record<string, string>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, selector] of Object.entries(selectors)) {
    try {
      out[key] = root.querySelectorAll(selector).length;
    } catch {
      out[key] = -1;
    }
  }
  return out;
}

/** Every string / string[] export of a selectors module as `name` or `name[i]` → selector. UPPER_CASE exports are constants (attribute names), not selectors. */
export function flattenSelectors(module: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(module)) {
    if (/^[A-Z_]+$/.test(name)) continue;
    if (typeof value === 'string') out[name] = value;
    else if (Array.isArray(value)) value.forEach((s, i) => typeof s === 'string' && (out[`${name}[${i}]`] = s));
  }
  return out;
}
