import {describe, expect, test} from 'vitest';
import {createRouter, parseRoute, pathFor, shouldIntercept, type WindowLike} from './router';

/** Just enough of window for the router: a history stack and popstate listeners. */
function fakeWindow(start: string) {
  const entries = [start];
  let index = 0;
  const listeners = new Set<() => void>();
  const location = {pathname: '', search: '', hash: '', origin: 'http://127.0.0.1:5173'};
  const sync = () => {
    const url = new URL(entries[index], location.origin);
    Object.assign(location, {pathname: url.pathname, search: url.search, hash: url.hash});
  };
  sync();
  const win: WindowLike = {
    location,
    history: {
      pushState: (_d, _u, url) => {
        entries.splice(index + 1, Infinity, url);
        index++;
        sync();
      },
      replaceState: (_d, _u, url) => {
        entries[index] = url;
        sync();
      },
    },
    addEventListener: (_t, l) => void listeners.add(l),
    removeEventListener: (_t, l) => void listeners.delete(l),
  };
  const back = () => {
    index--;
    sync();
    for (const l of listeners) l();
  };
  return {win, entries, back, listeners};
}

const click = {button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, defaultPrevented: false};
const anchor = (href: string, attrs: {target?: string; download?: boolean} = {}) => ({
  href,
  target: attrs.target ?? '',
  hasAttribute: (name: string) => name === 'download' && Boolean(attrs.download),
});

describe('demo router', () => {
  test.each([
    ['/', {page: 'redirect', to: '/companies'}],
    ['/companies', {page: 'list', type: 'company'}],
    ['/contacts/', {page: 'list', type: 'contact'}],
    ['/leads', {page: 'list', type: 'lead'}],
    ['/deals/dl-007', {page: 'record', type: 'deal', id: 'dl-007'}],
    ['/contacts/ct-0003', {page: 'record', type: 'contact', id: 'ct-0003'}],
    ['/companies/co-001/extra', {page: 'notFound', path: '/companies/co-001/extra'}],
    ['/settings', {page: 'notFound', path: '/settings'}],
    ['/contacts/%E0%A4%A', {page: 'notFound', path: '/contacts/%E0%A4%A'}],
  ])('demo-dom routes: %s', (path, expected) => {
    expect(parseRoute(path)).toEqual(expected);
  });

  test('demo-dom routes: pathFor and parseRoute agree for every record type', () => {
    for (const type of ['company', 'contact', 'lead', 'deal'] as const) {
      expect(parseRoute(pathFor(type))).toEqual({page: 'list', type});
      expect(parseRoute(pathFor(type, 'x-1'))).toEqual({page: 'record', type, id: 'x-1'});
    }
  });

  test('demo-dom: only plain same-origin left clicks become in-app navigation', () => {
    const origin = 'http://127.0.0.1:5173';
    expect(shouldIntercept(click, anchor(`${origin}/contacts`), origin)).toBe(true);
    expect(shouldIntercept({...click, ctrlKey: true}, anchor(`${origin}/contacts`), origin)).toBe(false);
    expect(shouldIntercept({...click, button: 1}, anchor(`${origin}/contacts`), origin)).toBe(false);
    expect(shouldIntercept({...click, defaultPrevented: true}, anchor(`${origin}/contacts`), origin)).toBe(false);
    expect(shouldIntercept(click, anchor(`${origin}/contacts`, {target: '_blank'}), origin)).toBe(false);
    expect(shouldIntercept(click, anchor(`${origin}/export.csv`, {download: true}), origin)).toBe(false);
    expect(shouldIntercept(click, anchor('https://example.com/contacts'), origin)).toBe(false);
  });

  test('demo-dom: "/" redirects to /companies without adding a history entry', () => {
    const {win, entries} = fakeWindow('/?reset=1');
    const router = createRouter(win);
    expect(router.current()).toEqual({page: 'list', type: 'company'});
    expect(entries).toEqual(['/companies?reset=1']);
  });

  test('demo-dom: navigate pushes a history entry and back (popstate) restores the previous page', () => {
    const {win, entries, back, listeners} = fakeWindow('/companies');
    const router = createRouter(win);
    const seen: unknown[] = [];
    router.subscribe((route) => seen.push(route));
    router.navigate('/contacts/ct-0003');
    expect(entries).toEqual(['/companies', '/contacts/ct-0003']);
    expect(router.current()).toEqual({page: 'record', type: 'contact', id: 'ct-0003'});
    back();
    expect(router.current()).toEqual({page: 'list', type: 'company'});
    expect(seen).toHaveLength(2);
    router.navigate('/companies');
    expect(entries).toHaveLength(2);
    router.stop();
    expect(listeners.size).toBe(0);
  });
});
