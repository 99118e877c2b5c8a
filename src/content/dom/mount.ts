/**
 * Shadow-root widget hosts. The host carries `data-goalpost="<feature-id>"`; mounting twice never
 * yields two widgets (an existing host for the same key is taken over), and the host leaves the page
 * when the feature's signal aborts (navigation, update, disconnect).
 */
export interface MountOptions {
  id: string;
  signal: AbortSignal;
  /** Where it goes; default: appended inside the anchor. */
  place?: (anchor: Element, host: HTMLElement) => void;
  css: string;
  /** Several widgets of one feature on a page (row badges) are told apart by key. */
  key?: string;
}

const BASE_CSS = ':host{all:initial !important;display:block;contain:content}';

// Hosts this copy mounted, by feature id and key: finding one must not query the whole document once
// per row (1,000 row badges would scan the page 1,000 times).
const mounted = new Map<string, HTMLElement>();
const hostKey = (id: string, key?: string) => `${id}\u0000${key ?? ''}`;

export function findHost(id: string, key?: string, root: ParentNode = document): HTMLElement | null {
  const known = mounted.get(hostKey(id, key));
  if (known?.isConnected && root.contains(known)) return known;
  const selector = key === undefined ? `[data-goalpost="${CSS.escape(id)}"]:not([data-goalpost-key])` : `[data-goalpost="${CSS.escape(id)}"][data-goalpost-key="${CSS.escape(key)}"]`;
  return root.querySelector<HTMLElement>(selector);
}

// One parsed stylesheet per CSS text, shared by every shadow root that uses it (constructed
// stylesheets): a <style> per row badge makes the browser parse and match the same CSS a thousand times.
const sheets = new Map<string, CSSStyleSheet | null>();

function sharedSheet(css: string): CSSStyleSheet | null {
  if (sheets.has(css)) return sheets.get(css)!;
  let sheet: CSSStyleSheet | null = null;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  } catch {
    sheet = null; // no constructable stylesheets here: <style> elements instead
  }
  sheets.set(css, sheet);
  return sheet;
}

// BASE_CSS + the feature's CSS, once per feature CSS: a fresh concatenation per row badge would be
// flattened and hashed again for the sheet lookup, a thousand times on a long list.
const withBase = new Map<string, string>();

function addStyles(root: ShadowRoot, featureCss: string): void {
  let css = withBase.get(featureCss);
  if (css === undefined) withBase.set(featureCss, (css = BASE_CSS + featureCss));
  const sheet = sharedSheet(css);
  if (sheet) {
    try {
      root.adoptedStyleSheets = [sheet];
      // Firefox content scripts (Xray wrappers) may not take a sheet from the script's compartment.
      if (root.adoptedStyleSheets.length === 1) return;
    } catch {
      // fall through to a <style> element
    }
  }
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
}

export function mountWidget(anchor: Element, options: MountOptions): ShadowRoot {
  // Keyed widgets (row badges): this copy's registry, else only near the anchor (the row).
  const existing = findHost(options.id, options.key, options.key === undefined ? document : (anchor.parentElement ?? document));
  // Already placed at this anchor (a second call in the same run): keep it, so nothing flickers.
  if (existing?.shadowRoot && existing.isConnected && (anchor.contains(existing) || existing.parentElement === anchor.parentElement)) {
    return existing.shadowRoot;
  }
  existing?.remove();
  const host = document.createElement('div');
  host.dataset.goalpost = options.id;
  if (options.key !== undefined) host.dataset.goalpostKey = options.key;
  const root = host.attachShadow({mode: 'open'});
  addStyles(root, options.css);
  // Keys typed inside our widget must not trigger the CRM's keyboard shortcuts.
  for (const type of ['keydown', 'keyup', 'keypress'] as const) host.addEventListener(type, (e) => e.stopPropagation(), {signal: options.signal});
  (options.place ?? ((a, h) => a.append(h)))(anchor, host);
  const key = hostKey(options.id, options.key);
  mounted.set(key, host);
  options.signal.addEventListener('abort', () => {
    host.remove();
    if (mounted.get(key) === host) mounted.delete(key);
  }, {once: true});
  return root;
}

/** The element widgets render into (after the <style>, where one is used). */
export function widgetContainer(root: ShadowRoot): HTMLElement {
  // Not `:scope > .gp-root`: a ShadowRoot is not an element, so :scope never matches there.
  let container = Array.from(root.children).find((el): el is HTMLElement => el.classList.contains('gp-root'));
  if (!container) {
    container = document.createElement('div');
    container.className = 'gp-root';
    root.append(container);
  }
  return container;
}
