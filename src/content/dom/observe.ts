/**
 * Waiting for CRM markup. One MutationObserver per call, batched to one check per animation frame
 * (CRMs re-render in bursts), always disconnected through the feature's signal. Goalpost's own widget
 * hosts being added is not a change of the CRM's markup and wakes nobody (their removal does).
 */
/** A mutation that only adds Goalpost widget hosts: ours, not the CRM's (1,000 row badges going in must not rescan the list each frame). */
const onlyOurs = (record: MutationRecord) =>
  record.type === 'childList' && record.removedNodes.length === 0 && record.addedNodes.length > 0 && Array.from(record.addedNodes).every((node) => node instanceof HTMLElement && node.dataset.goalpost !== undefined);

export function onDomChange(target: Node, callback: () => void, signal: AbortSignal): void {
  let scheduled = false;
  const observer = new MutationObserver((records) => {
    if (scheduled || records.every(onlyOurs)) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      if (!signal.aborted) callback();
    });
  });
  observer.observe(target, {childList: true, subtree: true, characterData: true, attributes: false});
  signal.addEventListener('abort', () => observer.disconnect(), {once: true});
}

/** Resolves with what `find` returns once it returns something, or null after `timeoutMs` (the fail-soft path). */
export function waitFor<T>(find: () => T | null | undefined, signal: AbortSignal, timeoutMs: number): Promise<T | null> {
  const now = find();
  if (now || signal.aborted) return Promise.resolve(now ?? null);
  return new Promise((resolve) => {
    const local = new AbortController();
    const stop = (value: T | null) => {
      local.abort();
      resolve(value);
    };
    signal.addEventListener('abort', () => stop(null), {once: true, signal: local.signal});
    const timer = setTimeout(() => stop(null), timeoutMs);
    local.signal.addEventListener('abort', () => clearTimeout(timer), {once: true});
    onDomChange(document.documentElement, () => {
      const found = find();
      if (found) stop(found);
    }, local.signal);
  });
}

/** Resolves once the page has made no DOM change for `quietMs` (or after `maxMs`, or on abort). */
export function settled(signal: AbortSignal, quietMs: number, maxMs: number): Promise<void> {
  return new Promise((resolve) => {
    const local = new AbortController();
    let quiet: ReturnType<typeof setTimeout> | undefined;
    const done = () => {
      clearTimeout(quiet);
      clearTimeout(cap);
      local.abort();
      resolve();
    };
    const cap = setTimeout(done, maxMs);
    const observer = new MutationObserver(() => {
      clearTimeout(quiet);
      quiet = setTimeout(done, quietMs);
    });
    observer.observe(document.documentElement, {childList: true, subtree: true, characterData: true});
    local.signal.addEventListener('abort', () => observer.disconnect(), {once: true});
    signal.addEventListener('abort', done, {once: true, signal: local.signal});
    quiet = setTimeout(done, quietMs);
  });
}
