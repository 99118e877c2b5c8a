/**
 * The extension build a browser bench loads: GOALPOST_DIST when set, else a fresh build in a temporary
 * folder (set as GOALPOST_DIST for the harness). `remove()` deletes only a folder made here.
 */
import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';

export function benchDist(): {remove(): void} {
  if (process.env.GOALPOST_DIST) return {remove: () => undefined};
  const built = mkdtempSync(join(tmpdir(), 'goalpost-bench-dist-'));
  execFileSync('npx', ['vite', 'build', '--outDir', built, '--logLevel', 'error'], {cwd: resolve(import.meta.dirname, '..'), stdio: 'inherit'});
  process.env.GOALPOST_DIST = built;
  return {remove: () => rmSync(built, {recursive: true, force: true})};
}
