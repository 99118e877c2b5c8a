import {crx} from '@crxjs/vite-plugin';
import {resolve} from 'node:path';
import {defineConfig} from 'vite';
import {buildManifest, OPTIONAL_HOSTS} from './manifest/manifest.ts';
import {shareContentChunks} from './scripts/share-content-chunks.ts';
import preact from './scripts/vitest-preact.ts';

const target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';

export default defineConfig({
  plugins: [preact(), crx({manifest: buildManifest(target) as never, browser: target}), shareContentChunks(OPTIONAL_HOSTS)],
  publicDir: 'assets',
  build: {
    outDir: target === 'firefox' ? 'dist-firefox' : 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    minify: true,
    rollupOptions: {input: {goals: resolve(import.meta.dirname, 'src/ui/goals/index.html'), accounts: resolve(import.meta.dirname, 'src/ui/accounts/index.html')}},
  },
  server: {host: '127.0.0.1', strictPort: true, port: 5199, hmr: {host: '127.0.0.1', port: 5199}},
});
