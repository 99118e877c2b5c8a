/** Vite config for the bundled demo CRM (not the extension: that is ../vite.config.ts). */
import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  // vite 8 transforms TSX with oxc; Preact's automatic runtime replaces React's.
  oxc: {jsx: {runtime: 'automatic', importSource: 'preact'}},
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
  },
});
