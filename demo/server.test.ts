import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {contentTypeFor, startDemoServer, type DemoServer} from './server';

let server: DemoServer;
beforeAll(async () => {
  server = await startDemoServer({port: 0});
}, 60_000);
afterAll(() => server?.close());

describe('demo server', () => {
  test('demo-dom: serves on 127.0.0.1 and answers every unknown path with the app', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    for (const path of ['', 'contacts/ct-0003', 'no/such/page']) {
      const res = await fetch(server.url + path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await res.text()).toContain('<div id="app">');
    }
  });

  test('demo-dom: built assets come with their own content types', async () => {
    const html = await (await fetch(server.url)).text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    const style = /href="(\/assets\/[^"]+\.css)"/.exec(html)?.[1];
    expect(script && style).toBeTruthy();
    expect((await fetch(new URL(script!, server.url))).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await fetch(new URL(style!, server.url))).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('/favicon.svg')).toBe('image/svg+xml');
  });

  test('demo-dom: paths outside dist are not served', async () => {
    const res = await fetch(server.url + '..%2F..%2Fpackage.json');
    expect(await res.text()).toContain('<div id="app">');
  });

  test('demo-dom: only GET and HEAD are answered', async () => {
    expect((await fetch(server.url, {method: 'POST'})).status).toBe(405);
  });
});
