/**
 * Serves the built demo CRM on 127.0.0.1 (never on other interfaces: it is test tooling). Every path
 * that is not a file gets index.html, so deep links like /contacts/ct-0003 load the SPA.
 */
import {readFile, stat} from 'node:fs/promises';
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import {extname, join, normalize, sep} from 'node:path';
import {DIST_DIR, ensureBuilt} from './build';

export interface DemoServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export const contentTypeFor = (path: string): string => CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';

/** The file under dist a URL path names, or undefined when it would leave dist or is not a file. */
async function resolveFile(urlPath: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const candidate = normalize(join(DIST_DIR, decoded));
  if (!candidate.startsWith(DIST_DIR + sep)) return undefined;
  const info = await stat(candidate).catch(() => undefined);
  return info?.isFile() ? candidate : undefined;
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, {allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8'}).end('Method not allowed\n');
    return;
  }
  const {pathname} = new URL(req.url ?? '/', 'http://127.0.0.1');
  const file = (await resolveFile(pathname)) ?? join(DIST_DIR, 'index.html');
  const body = await readFile(file);
  res.writeHead(200, {
    'content-type': contentTypeFor(file),
    'content-length': body.length,
    // Hashed assets never change; the HTML must be re-read so a rebuild shows up on reload.
    'cache-control': file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Builds the demo if needed and serves it. `port: 0` (the default) picks a free port. */
export async function startDemoServer({port = 0}: {port?: number} = {}): Promise<DemoServer> {
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`startDemoServer: port must be an integer 0-65535, got ${port}`);
  await ensureBuilt();
  const server = createServer((req, res) => {
    handle(req, res).catch((error: Error) => {
      if (!res.headersSent) res.writeHead(500, {'content-type': 'text/plain; charset=utf-8'});
      res.end(`Demo CRM server error: ${error.message}\n`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`Demo CRM: port ${port} on 127.0.0.1 is already in use`) : error),
    );
    server.listen(port, '127.0.0.1', resolve);
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}/`,
    port: actual,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
