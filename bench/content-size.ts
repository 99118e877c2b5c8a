/**
 * `content.gzipBytes`: the JavaScript a CRM page loads for Goalpost, gzipped (each file on its own,
 * level 9), on the page that loads the most. Budget: 30 KB (issue 8).
 *
 * The content script loads code by page: the loader and the entry chunk (with their static imports),
 * then the adapter for this host (adapters/loader.ts), the custom-CRM engine when the user has
 * described CRMs, and the features whose `pages` match (content/features/index.ts, read
 * here so the page kinds cannot drift from the code). For every CRM × page kind this sums the files
 * that page really loads (each chunk with its static imports, transitively) and prints them;
 * `content.gzipBytes` is the largest. `content.baseGzipBytes` is what every page loads.
 * Reads GOALPOST_DIST or dist/ (builds dist/ if missing).
 */
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {basename, dirname, join, resolve} from 'node:path';
import {gzipSync} from 'node:zlib';
import type {PageInfo, RecordKind} from '../src/adapters/types';
import {features} from '../src/content/features';

const DIST = resolve(process.env.GOALPOST_DIST ?? resolve(import.meta.dirname, '../dist'));
const KINDS: RecordKind[] = ['company', 'contact', 'lead', 'deal'];
const PAGES: PageInfo[] = KINDS.flatMap((kind) => [{type: 'record', kind, id: 'x'} as PageInfo, {type: 'list', kind} as PageInfo]);

/** Which chunks a CRM's pages load besides the base: adapter chunk names (Rollup names a chunk after its module). */
const CRMS: Record<string, string[]> = {
  // The demo CRM is a described CRM: its description and the engine that reads descriptions share one
  // chunk (vite.config.ts "described-crm").
  demo: ['described-crm'],
  hubspot: ['hubspot'],
  salesforce: ['salesforce'],
  pipedrive: ['pipedrive'],
  // A user-described CRM on its own host: the custom-description engine (custom/adapter.ts).
  custom: ['described-crm'],
  // The demo host while the user has custom descriptions saved too.
  'demo+custom': ['described-crm'],
};

function imports(file: string): {statics: string[]; dynamics: string[]} {
  const code = readFileSync(file, 'utf8');
  const at = (spec: string) => (spec.startsWith('.') ? resolve(dirname(file), spec) : join(DIST, spec.replace(/^\//, '')));
  const dynamics = [...code.matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)].map((m) => at(m[1]));
  // Static imports, and the crxjs loader's import(chrome.runtime.getURL("…")) of the entry chunk.
  const statics = [...code.matchAll(/(?:from\s*|import\s*|getURL\(\s*)["'`]([^"'`]+\.js)["'`]/g)].map((m) => at(m[1]));
  return {statics, dynamics};
}

function closure(roots: string[], into = new Set<string>()): Set<string> {
  const visit = (file: string) => {
    if (into.has(file)) return;
    if (!existsSync(file)) throw new Error(`content-size: ${file} is imported but missing from ${DIST}`);
    into.add(file);
    for (const next of imports(file).statics) visit(next);
  };
  roots.forEach(visit);
  return into;
}

const gzipOf = new Map<string, number>();
const gzipSize = (file: string) => gzipOf.get(file) ?? gzipOf.set(file, gzipSync(readFileSync(file), {level: 9}).length).get(file)!;
const total = (files: Set<string>) => [...files].reduce((sum, file) => sum + gzipSize(file), 0);

export async function run(): Promise<Record<string, number>> {
  if (!existsSync(join(DIST, 'manifest.json'))) execFileSync('npx', ['vite', 'build'], {stdio: 'ignore'});
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as {content_scripts: Array<{js: string[]}>};
  const base = closure(manifest.content_scripts.flatMap((script) => script.js.map((js) => join(DIST, js))));
  const lazy = new Set([...base].flatMap((file) => imports(file).dynamics));
  const chunk = (name: string) => {
    const found = [...lazy].filter((file) => basename(file).replace(/-[\w-]{8}\.js$/, '') === name);
    if (found.length !== 1) throw new Error(`content-size: expected one lazily loaded chunk "${name}", found ${found.length} (${[...lazy].map((f) => basename(f)).join(', ')})`);
    return found[0];
  };

  const figures: Record<string, number> = {};
  const rows: Array<[string, number, number]> = [];
  let worst = 0;
  let worstFiles = 0;
  for (const [crm, adapterChunks] of Object.entries(CRMS)) {
    for (const page of PAGES) {
      const kind = `${page.type}:${page.kind}`;
      const wanted = features.filter((feature) => feature.pages(page)).map((feature) => feature.id);
      // The base is already complete (its static imports included), so the walk starts past it.
      const files = closure([...adapterChunks, ...wanted].map(chunk), new Set(base));
      const bytes = total(files);
      rows.push([`${crm} ${kind} (${wanted.join(', ') || 'no features'})`, bytes, files.size]);
      figures[`content.gzipBytes.${crm}`] = Math.max(figures[`content.gzipBytes.${crm}`] ?? 0, bytes);
      if (bytes > worst) [worst, worstFiles] = [bytes, files.size];
      if (process.env.CONTENT_SIZE_FILES) console.log(crm, kind, [...files].map((f) => `${f.split('/').pop()} ${gzipSize(f)}`).join(', '));
    }
  }
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`\ncontent script per page (gzip bytes, files) — base ${total(base)} B in ${base.size} files`);
  for (const [label, bytes, count] of rows) console.log(`  ${label.padEnd(width)}  ${String(bytes).padStart(6)}  ${count}`);
  const everything = closure([...lazy], new Set(base));
  return {
    'content.gzipBytes': worst,
    'content.files': worstFiles,
    'content.baseGzipBytes': total(base),
    'content.allChunksGzipBytes': total(everything),
    ...figures,
  };
}
