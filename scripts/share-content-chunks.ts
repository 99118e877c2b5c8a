import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Plugin, ResolvedConfig} from 'vite';

/**
 * crxjs makes the content script's chunks web-accessible only on the manifest's static content-script
 * hosts (the demo CRM). The same loader is registered at run time on CRMs the user grants (HubSpot,
 * Salesforce, Pipedrive, custom CRMs), where the browser would refuse to load those chunks. Open them
 * to the optional hosts too. (Not `use_dynamic_url`: the chunks import each other by the static
 * chrome-extension://<id>/ URL, which Chrome then refuses.)
 */
export function shareContentChunks(hosts: string[]): Plugin {
  let outDir = 'dist';
  return {
    name: 'goalpost-share-content-chunks',
    apply: 'build',
    enforce: 'post',
    configResolved(config: ResolvedConfig) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const file = join(outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as {web_accessible_resources?: Array<{matches?: string[]; use_dynamic_url?: boolean}>};
      for (const entry of manifest.web_accessible_resources ?? []) {
        if (!entry.matches) continue;
        entry.matches = [...new Set([...entry.matches, ...hosts])];
      }
      writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}
