import {crx} from '@crxjs/vite-plugin';
import {resolve} from 'node:path';
import {defineConfig} from 'vite';
import {buildManifest, OPTIONAL_HOSTS} from './manifest/manifest.ts';
import {shareContentChunks} from './scripts/share-content-chunks.ts';
import preact from './scripts/vitest-preact.ts';

const CONTENT_GROUPS = [
  {name: 'preact', test: /node_modules[\\/](preact|@preact)[\\/]/, priority: 3},
  // What a page of a described CRM runs (the demo CRM is one): the reader of descriptions and the demo's.
  {name: 'described-crm', test: /src[\\/]adapters[\\/](custom[\\/](adapter|patterns|read)|demo[\\/](index|description|lead-refs|deal-refs))\.ts/, priority: 1},
  {name: 'content-shared', test: /src[\\/](content[\\/](dom|feature\.ts|capture-state|health|notice)|adapters[\\/]shared[\\/](dom|text|harden|fields|activities|vocab)\.ts|shared[\\/](i18n|message-error)\.ts|core[\\/]model\.ts)/, priority: 2},
];

const target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';

export default defineConfig({
  plugins: [preact(), crx({manifest: buildManifest(target) as never, browser: target}), shareContentChunks(OPTIONAL_HOSTS)],
  publicDir: 'assets',
  build: {
    outDir: target === 'firefox' ? 'dist-firefox' : 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: process.env.GOALPOST_SOURCEMAP === '1',
    // Content scripts load their chunks with import(); Vite's preloader would add <link rel=modulepreload>
    // tags to the CRM page's own <head>. Extension pages keep preloading.
    modulePreload: {resolveDependencies: (_file, deps, {hostId}) => (/src-content-/.test(hostId) ? [] : deps)},
    minify: true,
    rollupOptions: {
      input: {goals: resolve(import.meta.dirname, 'src/ui/goals/index.html'), accounts: resolve(import.meta.dirname, 'src/ui/accounts/index.html')},
      // The content script loads its chunks one by one on the CRM page: a few larger chunks instead of a
      // dozen tiny ones (bench/content-size.ts counts each file). Feature and adapter chunks stay apart.
      output: {codeSplitting: {groups: CONTENT_GROUPS}},
    },
  },
  server: {host: '127.0.0.1', strictPort: true, port: 5199, hmr: {host: '127.0.0.1', port: 5199}},
});
