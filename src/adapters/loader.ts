/**
 * The content script's way to its adapter: the same choice as registry.ts `adapterFor`, but it
 * loads only the adapters that can claim this page's host, each built-in CRM in its own chunk, so a
 * HubSpot page never downloads the Salesforce, Pipedrive or demo code (issue 8's 30 KB budget).
 * The custom-CRM engine is loaded only when the user has described a CRM. The host tests here are
 * coarse (the manifest's host patterns) and only prefilter: the loaded adapter's isCrmUrl decides.
 * src/adapters/loader.test.ts checks it chooses exactly what adapterFor chooses.
 */
import type {CustomCrm} from './custom/schema';
import type {CrmAdapter} from './types';

interface Lazy {
  id: string;
  claims: (url: URL) => boolean;
  load: () => Promise<CrmAdapter>;
}

/** The optional host permissions of manifest/manifest.ts: a superset of each adapter's isCrmUrl. */
const onHost = (suffix: string) => (url: URL) => url.protocol === 'https:' && url.hostname.endsWith(suffix);

/** The demo's own match patterns (demo/description.ts): http://127.0.0.1/* and http://localhost/*. */
const isDemoHost = (url: URL) => url.protocol === 'http:' && (url.hostname === '127.0.0.1' || url.hostname === 'localhost');

const hardened = async (adapter: Promise<CrmAdapter>) => (await import('./shared/harden')).harden(await adapter);

/** In registry.ts order: the built-in CRMs, then (in pickAdapter) the user's descriptions, then the demo. */
const BUILT_IN: Lazy[] = [
  {id: 'hubspot', claims: onHost('.hubspot.com'), load: () => hardened(import('./hubspot').then((m) => m.hubspotAdapter))},
  {id: 'salesforce', claims: onHost('.lightning.force.com'), load: () => hardened(import('./salesforce').then((m) => m.salesforceAdapter))},
  {id: 'pipedrive', claims: onHost('.pipedrive.com'), load: () => hardened(import('./pipedrive').then((m) => m.pipedriveAdapter))},
];
const DEMO: Lazy = {id: 'demo', claims: isDemoHost, load: () => import('./demo').then((m) => m.demoAdapter)};

export type AdapterPicker = (url: URL) => CrmAdapter | undefined;

/**
 * Loads what can serve `url`'s host and returns the picker for URLs on it (in-app navigation keeps
 * the host): the first candidate whose isCrmUrl holds and that recognises the page, else the first
 * whose isCrmUrl holds. Adapters whose id is in `exclude` are neither loaded nor picked.
 */
export async function loadAdapterPicker(url: URL, customs: readonly CustomCrm[], exclude: readonly string[] = []): Promise<AdapterPicker> {
  const wanted = (lazy: Lazy) => !exclude.includes(lazy.id) && lazy.claims(url);
  const builtIns = Promise.all(BUILT_IN.filter(wanted).map((lazy) => lazy.load()));
  const demo = wanted(DEMO) ? DEMO.load() : undefined;
  const custom = customs.length
    ? import('./custom/adapter').then(({createCustomAdapter}) =>
        customs.flatMap((description) => {
          try {
            const adapter = createCustomAdapter(description);
            return exclude.includes(adapter.id) ? [] : [adapter];
          } catch {
            return []; // a description the background would not have stored: passed over
          }
        }),
      )
    : [];
  const ordered = [...(await builtIns), ...(await custom), ...(demo ? [await demo] : [])];
  return (at) => {
    const candidates = ordered.filter((adapter) => adapter.isCrmUrl(at));
    return candidates.find((adapter) => adapter.readPage(at) !== undefined) ?? candidates[0];
  };
}
