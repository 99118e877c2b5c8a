/**
 * The manifest pinned (docs/security.md promises P1–P3): the exact permission list, host access only
 * where needed (the local demo CRM) with every real CRM optional, a strict CSP with no remote code,
 * and no door for web pages (externally_connectable, web_accessible_resources).
 */
import {describe, expect, test} from 'vitest';
import {buildManifest} from '../../manifest/manifest';

describe.each(['chrome', 'firefox'] as const)('the %s manifest', (target) => {
  const manifest = buildManifest(target) as Record<string, unknown> & ReturnType<typeof buildManifest>;

  test('P1: asks for exactly these permissions, nothing broader', () => {
    expect([...manifest.permissions].sort()).toEqual(['alarms', 'notifications', 'scripting', 'storage', 'unlimitedStorage']);
    for (const risky of ['tabs', 'webRequest', 'webRequestBlocking', 'cookies', 'history', '<all_urls>', 'debugger', 'nativeMessaging', 'management', 'declarativeNetRequest', 'clipboardRead']) {
      expect(manifest.permissions).not.toContain(risky);
    }
  });

  test('P2: required host access is the local demo CRM only; real CRMs are optional, asked per CRM', () => {
    expect(manifest.host_permissions).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
    expect(manifest.content_scripts.flatMap((c) => c.matches)).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
    expect(manifest.optional_host_permissions).toEqual(expect.arrayContaining(['https://*.hubspot.com/*', 'https://*.lightning.force.com/*', 'https://*.pipedrive.com/*']));
    expect(manifest.host_permissions).not.toContain('<all_urls>');
    expect(manifest.optional_host_permissions).not.toContain('<all_urls>');
  });

  test('P3: a strict CSP for extension pages: own scripts only, no eval, no remote code', () => {
    const csp = manifest.content_security_policy.extension_pages;
    expect(csp).toBe("script-src 'self'; object-src 'self'; base-uri 'none'");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*|data:|blob:/);
    expect(manifest).not.toHaveProperty('content_security_policy.sandbox');
  });

  test('M1: web pages have no way in: no externally_connectable, no web-accessible resources', () => {
    expect(manifest).not.toHaveProperty('externally_connectable');
    expect(manifest).not.toHaveProperty('web_accessible_resources');
    expect(manifest.manifest_version).toBe(3);
  });
});
