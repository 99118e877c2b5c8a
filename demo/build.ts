/**
 * Builds the demo into demo/dist when it is missing or older than its sources. Several e2e workers
 * may start servers at once, so the build takes a directory lock (mkdir is atomic) and swaps the new
 * output in by rename: a server already serving dist never sees it half-written.
 */
import {existsSync} from 'node:fs';
import {mkdir, readdir, rename, rm, stat} from 'node:fs/promises';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

export const DEMO_DIR = fileURLToPath(new URL('.', import.meta.url));
export const DIST_DIR = join(DEMO_DIR, 'dist');
const LOCK_DIR = join(DEMO_DIR, '.build-lock');
const SOURCES = ['index.html', 'vite.config.ts', 'public', 'src'];
const STALE_LOCK_MS = 120_000;

async function newestMtime(path: string): Promise<number> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return 0;
  if (!info.isDirectory()) return /\.test\.tsx?$/.test(path) ? 0 : info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of await readdir(path)) newest = Math.max(newest, await newestMtime(join(path, entry)));
  return newest;
}

export async function isBuildFresh(): Promise<boolean> {
  const built = await stat(join(DIST_DIR, 'index.html')).catch(() => undefined);
  if (!built) return false;
  const sources = await Promise.all(SOURCES.map((s) => newestMtime(join(DEMO_DIR, s))));
  return built.mtimeMs >= Math.max(...sources);
}

async function acquireLock(): Promise<void> {
  for (;;) {
    try {
      await mkdir(LOCK_DIR);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const info = await stat(LOCK_DIR).catch(() => undefined);
      // A crashed builder leaves its lock behind; past this age nobody is still building.
      if (info && Date.now() - info.mtimeMs > STALE_LOCK_MS) await rm(LOCK_DIR, {recursive: true, force: true});
      else await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

async function buildInto(outDir: string): Promise<void> {
  const {build} = await import('vite');
  await build({configFile: join(DEMO_DIR, 'vite.config.ts'), logLevel: 'silent', build: {outDir, emptyOutDir: true}});
}

let inFlight: Promise<void> | undefined;

/** Resolves once demo/dist is current; builds at most once per process at a time. */
export function ensureBuilt(): Promise<void> {
  inFlight ??= (async () => {
    if (await isBuildFresh()) return;
    await acquireLock();
    try {
      if (await isBuildFresh()) return;
      const fresh = join(DEMO_DIR, `.dist-${process.pid}`);
      const old = join(DEMO_DIR, `.dist-old-${process.pid}`);
      await buildInto(fresh);
      if (existsSync(DIST_DIR)) await rename(DIST_DIR, old);
      await rename(fresh, DIST_DIR);
      await rm(old, {recursive: true, force: true});
    } catch (error) {
      throw new Error(`Demo CRM build failed: ${(error as Error).message}`, {cause: error});
    } finally {
      await rm(LOCK_DIR, {recursive: true, force: true});
    }
  })().finally(() => {
    inFlight = undefined;
  });
  return inFlight;
}
