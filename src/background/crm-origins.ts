/**
 * Which pages may talk to the background as content scripts: pages of a CRM the user has enabled.
 * The bundled demo CRM runs on the user's own machine (127.0.0.1 / localhost).
 */
const DEMO_HOSTS = new Set(['127.0.0.1', 'localhost']);

export function isEnabledCrmUrl(url: URL): boolean {
  return url.protocol === 'http:' && DEMO_HOSTS.has(url.hostname);
}
