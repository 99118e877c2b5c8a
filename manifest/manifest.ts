/**
 * The manifest, one source for Chrome and Firefox. Permissions are the least the product needs;
 * tests/unit/manifest.test.ts pins them so a new permission is a conscious change.
 *
 * Host access: the bundled demo CRM runs on the user's own machine (127.0.0.1 / localhost), so it is
 * declared. HubSpot, Salesforce, Pipedrive and user-described CRMs are optional host permissions,
 * requested per CRM from the options page; the background then registers the content script there.
 */
import pkg from '../package.json' with {type: 'json'};

export const REQUIRED_PERMISSIONS = ['storage', 'alarms', 'scripting', 'notifications', 'unlimitedStorage'] as const;
export const DEMO_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];
export const OPTIONAL_HOSTS = [
  'https://*.hubspot.com/*',
  'https://*.lightning.force.com/*',
  'https://*.pipedrive.com/*',
  // Custom CRMs described by the user: requested for that CRM's own origin only, at run time.
  'https://*/*',
  'http://*/*',
];

export function buildManifest(target: 'chrome' | 'firefox') {
  const firefox = target === 'firefox';
  return {
    manifest_version: 3 as const,
    name: '__MSG_extName__',
    short_name: 'Goalpost',
    description: '__MSG_extDescription__',
    version: pkg.version,
    default_locale: 'en',
    icons: {16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png'},
    action: {
      default_popup: 'src/ui/popup/index.html',
      default_title: '__MSG_extName__',
      default_icon: {16: 'icons/icon-16.png', 32: 'icons/icon-32.png'},
    },
    options_ui: {page: 'src/ui/options/index.html', open_in_tab: true},
    background: firefox
      ? ({scripts: ['src/background/main.ts'], type: 'module'} as never)
      : {service_worker: 'src/background/main.ts', type: 'module' as const},
    content_scripts: [{matches: DEMO_MATCHES, js: ['src/content/main.ts'], run_at: 'document_idle' as const}],
    permissions: [...REQUIRED_PERMISSIONS],
    host_permissions: DEMO_MATCHES,
    optional_host_permissions: OPTIONAL_HOSTS,
    content_security_policy: {extension_pages: "script-src 'self'; object-src 'self'; base-uri 'none'"},
    ...(firefox
      ? {browser_specific_settings: {gecko: {id: 'goalpost@goalpost.example', strict_min_version: '142.0', data_collection_permissions: {required: ['none']}}}}
      : {minimum_chrome_version: '120'}),
  };
}
