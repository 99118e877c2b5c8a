/**
 * `content.gzipBytes`: the JavaScript a CRM page loads for Goalpost (the content-script loader and
 * every chunk it imports, transitively), gzipped. Budget: 30 KB. Reads dist/ (builds it if missing).
 */
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {gzipSync} from 'node:zlib';

const DIST = resolve(import.meta.dirname, '../dist');

export async function run(): Promise<Record<string, number>> {
  if (!existsSync(join(DIST, 'manifest.json'))) execFileSync('npx', ['vite', 'build'], {stdio: 'ignore'});
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as {content_scripts: Array<{js: string[]}>};
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    // Static imports, dynamic imports and the loader's chrome.runtime.getURL("…") of the entry chunk.
    for (const m of code.matchAll(/(?:from\s*|import\s*\(?\s*|getURL\(\s*)["'`]([^"'`]+\.js)["'`]/g)) {
      const spec = m[1];
      visit(spec.startsWith('.') ? resolve(dirname(file), spec) : join(DIST, spec.replace(/^\//, '')));
    }
  };
  for (const script of manifest.content_scripts) for (const js of script.js) visit(join(DIST, js));
  let gzipBytes = 0;
  let rawBytes = 0;
  for (const file of seen) {
    const buf = readFileSync(file);
    rawBytes += buf.length;
    gzipBytes += gzipSync(buf, {level: 9}).length;
  }
  return {'content.gzipBytes': gzipBytes, 'content.rawBytes': rawBytes, 'content.files': seen.size};
}
