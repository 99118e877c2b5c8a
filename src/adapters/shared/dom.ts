/**
 * DOM reading that never throws. A broken selector (user-written, or a CRM that changed its markup)
 * must cost one missing field, not an exception into the CRM page (STYLE.md "Errors": fail soft).
 */
import {cleanName, cleanText, safeHttpUrl} from './text';

export type Placement = 'prepend' | 'append' | 'before' | 'after';

export function queryOne(root: ParentNode | null | undefined, selector: string): Element | null {
  if (!root || !selector) return null;
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

export function queryAll(root: ParentNode | null | undefined, selector: string, limit = 500): Element[] {
  if (!root || !selector) return [];
  try {
    const found = root.querySelectorAll(selector);
    const out: Element[] = [];
    for (let i = 0; i < found.length && i < limit; i++) out.push(found[i]);
    return out;
  } catch {
    return [];
  }
}

/** First match among selectors tried in order (newest layout first, older fallbacks after). */
export function queryFirst(root: ParentNode | null | undefined, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const el = queryOne(root, selector);
    if (el) return el;
  }
  return null;
}

/** Count matches; -1 when the selector is not valid CSS (for "test on this tab"). */
export function countMatches(root: ParentNode, selector: string): number {
  try {
    return root.querySelectorAll(selector).length;
  } catch {
    return -1;
  }
}

export function textOf(el: Element | null | undefined): string | undefined {
  if (!el) return undefined;
  // Inline-edit titles (Pipedrive, HubSpot) keep the live value in .value (CRM-NOTES 4.3).
  const value = (el as HTMLInputElement).value;
  if ((el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') && typeof value === 'string') return cleanText(value);
  return cleanText(el.textContent);
}

export function nameOf(el: Element | null | undefined): string | undefined {
  if (!el) return undefined;
  const value = (el as HTMLInputElement).value;
  if ((el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') && typeof value === 'string') return cleanName(value);
  return cleanName(el.textContent);
}

export function attrOf(el: Element | null | undefined, name: string): string | undefined {
  if (!el) return undefined;
  try {
    return cleanText(el.getAttribute(name));
  } catch {
    return undefined; // invalid attribute names throw in some DOMs
  }
}

/** An element's href as an absolute http(s) URL, or undefined. */
export function hrefOf(el: Element | null | undefined, base?: string): string | undefined {
  const raw = el?.getAttribute('href');
  return safeHttpUrl(raw, base ?? el?.ownerDocument?.location?.href ?? 'https://invalid.example/');
}

/** Put `host` relative to `anchor`. "before"/"after" need a parent; without one, append inside. */
export function placeRelative(anchor: Element, host: HTMLElement, placement: Placement): void {
  const parent = anchor.parentNode;
  if (placement === 'prepend') anchor.prepend(host);
  else if (placement === 'before' && parent) parent.insertBefore(host, anchor);
  else if (placement === 'after' && parent) parent.insertBefore(host, anchor.nextSibling);
  else anchor.append(host);
}

/** Run a reader; any exception becomes the fallback (never into the CRM page). */
export function safely<T>(fallback: T, read: () => T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
