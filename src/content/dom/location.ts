/**
 * CRMs are single-page apps: no reload between records. We listen to the Navigation API where the
 * browser has it (its events reach the isolated world, unlike a patched history.pushState — see
 * CRM-NOTES "Navigation"), to popstate/hashchange, and poll as a last resort.
 */
export function onUrlChange(callback: (url: URL) => void, signal: AbortSignal, pollMs = 500): void {
  let last = location.href;
  const check = () => {
    if (location.href === last) return;
    last = location.href;
    callback(new URL(last));
  };
  const nav = (globalThis as {navigation?: EventTarget}).navigation;
  nav?.addEventListener('currententrychange', () => queueMicrotask(check), {signal});
  addEventListener('popstate', check, {signal});
  addEventListener('hashchange', check, {signal});
  const timer = setInterval(check, pollMs);
  signal.addEventListener('abort', () => clearInterval(timer), {once: true});
}
