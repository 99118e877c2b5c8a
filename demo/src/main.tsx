/** Boots the demo CRM: `?reset=1` first, then the router, the link interception and the app. */
import {signal} from '@preact/signals';
import {render} from 'preact';
import {resetStore} from './data/store';
import {createRouter, shouldIntercept, type Route} from './router';
import {App} from './ui/App';
import './styles.css';

const params = new URLSearchParams(location.search);
if (params.get('reset') === '1') {
  resetStore();
  params.delete('reset');
  const query = params.toString();
  history.replaceState(null, '', location.pathname + (query ? `?${query}` : '') + location.hash);
}

const router = createRouter(window);
const route = signal<Route>(router.current());
// Keyed on the path, so every navigation mounts a fresh main area, as a real SPA's router does.
const pageKey = signal(location.pathname);
let firstRender = true;

router.subscribe((next) => {
  route.value = next;
  pageKey.value = location.pathname;
  window.scrollTo(0, 0);
  firstRender = false;
});

document.addEventListener('click', (event) => {
  const anchor = (event.target as Element | null)?.closest?.('a');
  if (!anchor || !shouldIntercept(event, anchor, location.origin)) return;
  event.preventDefault();
  const url = new URL(anchor.href);
  router.navigate(url.pathname + url.search + url.hash);
});

render(<App route={route} pageKey={pageKey} isFirstRender={() => firstRender} />, document.getElementById('app')!);
