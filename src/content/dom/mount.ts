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

export function findHost(id: string, key?: string, root: ParentNode = document): HTMLElement | null {
  const selector = key === undefined ? `[data-goalpost="${CSS.escape(id)}"]:not([data-goalpost-key])` : `[data-goalpost="${CSS.escape(id)}"][data-goalpost-key="${CSS.escape(key)}"]`;
  return root.querySelector<HTMLElement>(selector);
}

export function mountWidget(anchor: Element, options: MountOptions): ShadowRoot {
  const existing = findHost(options.id, options.key);
  // Already placed at this anchor (a second call in the same run): keep it, so nothing flickers.
  if (existing?.shadowRoot && existing.isConnected && (anchor.contains(existing) || existing.parentElement === anchor.parentElement)) {
    return existing.shadowRoot;
  }
  existing?.remove();
  const host = document.createElement('div');
  host.dataset.goalpost = options.id;
  if (options.key !== undefined) host.dataset.goalpostKey = options.key;
  const root = host.attachShadow({mode: 'open'});
  const style = document.createElement('style');
  style.textContent = BASE_CSS + options.css;
  root.append(style);
  // Keys typed inside our widget must not trigger the CRM's keyboard shortcuts.
  for (const type of ['keydown', 'keyup', 'keypress'] as const) host.addEventListener(type, (e) => e.stopPropagation(), {signal: options.signal});
  (options.place ?? ((a, h) => a.append(h)))(anchor, host);
  options.signal.addEventListener('abort', () => host.remove(), {once: true});
  return root;
}

/** The element widgets render into (after the <style>). */
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
