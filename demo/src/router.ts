/**
 * Client-side routing over the History API (docs/demo-dom.md "Routes"). Route parsing is pure so it
 * can be tested in Node; `createRouter` takes the window parts it needs for the same reason.
 */
import type {RecordType} from './data/types';

export type Route =
  | {page: 'list'; type: RecordType}
  | {page: 'record'; type: RecordType; id: string}
  | {page: 'redirect'; to: string}
  | {page: 'notFound'; path: string};

const SEGMENT_TO_TYPE: Record<string, RecordType> = {companies: 'company', contacts: 'contact', leads: 'lead', deals: 'deal'};
const TYPE_TO_SEGMENT: Record<RecordType, string> = {company: 'companies', contact: 'contacts', lead: 'leads', deal: 'deals'};

export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean);
  if (parts.length === 0) return {page: 'redirect', to: '/companies'};
  const type = SEGMENT_TO_TYPE[parts[0]];
  if (!type || parts.length > 2) return {page: 'notFound', path: pathname};
  if (parts.length === 1) return {page: 'list', type};
  let id: string;
  try {
    id = decodeURIComponent(parts[1]);
  } catch {
    return {page: 'notFound', path: pathname};
  }
  return {page: 'record', type, id};
}

export const pathFor = (type: RecordType, id?: string): string =>
  id === undefined ? `/${TYPE_TO_SEGMENT[type]}` : `/${TYPE_TO_SEGMENT[type]}/${encodeURIComponent(id)}`;

export interface ClickLike {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
}
export interface AnchorLike {
  href: string;
  target: string;
  hasAttribute(name: string): boolean;
}

/**
 * Only plain left clicks on same-origin links become in-app navigation; modified clicks (new tab),
 * downloads and `target` links keep the browser's behaviour, as in any well-behaved SPA.
 */
export function shouldIntercept(event: ClickLike, anchor: AnchorLike, origin: string): boolean {
  if (event.defaultPrevented || event.button !== 0) return false;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  if ((anchor.target && anchor.target !== '_self') || anchor.hasAttribute('download')) return false;
  let url: URL;
  try {
    url = new URL(anchor.href);
  } catch {
    return false;
  }
  return url.origin === origin;
}

export interface WindowLike {
  location: {pathname: string; search: string; hash: string; origin: string};
  history: {pushState(data: unknown, unused: string, url: string): void; replaceState(data: unknown, unused: string, url: string): void};
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
}

export interface Router {
  /** The route now showing; a redirect is never current (it is followed first). */
  current(): Route;
  /** Path plus query of the current location, e.g. "/contacts?q=ella". */
  location(): string;
  navigate(path: string, options?: {replace?: boolean}): void;
  subscribe(listener: (route: Route) => void): () => void;
  stop(): void;
}

export function createRouter(win: WindowLike): Router {
  const listeners = new Set<(route: Route) => void>();
  let route: Route = {page: 'notFound', path: ''};

  const settle = (): void => {
    let next = parseRoute(win.location.pathname);
    // Bounded: a redirect target is always a list route.
    for (let hops = 0; next.page === 'redirect' && hops < 3; hops++) {
      win.history.replaceState(null, '', next.to + win.location.search);
      next = parseRoute(win.location.pathname);
    }
    route = next;
    for (const listener of listeners) listener(route);
  };
  const onPopState = (): void => settle();
  win.addEventListener('popstate', onPopState);
  settle();

  return {
    current: () => route,
    location: () => win.location.pathname + win.location.search,
    navigate(path, options = {}) {
      if (path === win.location.pathname + win.location.search + win.location.hash) return;
      if (options.replace) win.history.replaceState(null, '', path);
      else win.history.pushState(null, '', path);
      settle();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop: () => win.removeEventListener('popstate', onPopState),
  };
}
