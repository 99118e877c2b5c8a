#!/usr/bin/env node
// `npm run demo`: builds the extension, serves the demo CRM on 127.0.0.1 and opens Chromium (or
// Chrome) with Goalpost loaded on a demo company page. Ctrl+C stops everything.
import {spawn, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');

function findBrowser() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ].filter(Boolean);
  return candidates.find((path) => existsSync(path));
}

console.log('Building the extension…');
if (spawnSync('npm', ['run', '--silent', 'build'], {cwd: root, stdio: 'inherit'}).status !== 0) process.exit(1);

const server = spawn('npx', ['tsx', 'demo/serve.ts'], {cwd: root, env: {...process.env, PORT: process.env.PORT ?? '5173'}, stdio: ['ignore', 'pipe', 'inherit']});
const url = await new Promise((resolveUrl, reject) => {
  server.stdout.on('data', (chunk) => {
    const line = String(chunk);
    process.stdout.write(line);
    const match = line.match(/http:\/\/127\.0\.0\.1:\d+\//);
    if (match) resolveUrl(match[0]);
  });
  server.on('exit', (code) => reject(new Error(`the demo server stopped (exit ${code})`)));
});

const browser = findBrowser();
const start = `${url}companies/co-001`;
const manual = `To load Goalpost by hand: open chrome://extensions, switch on Developer mode, click "Load unpacked" and pick\n  ${dist}\nthen open ${start}`;
if (!browser) {
  console.log(`\nNo Chromium or Chrome found. Install one, or set CHROME_PATH to its executable:
  Debian/Ubuntu:  sudo apt-get install chromium
  Fedora:         sudo dnf install chromium
  macOS:          brew install --cask chromium   (or install Google Chrome)
The demo CRM keeps running at ${url}\n${manual}`);
} else if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(`\nNo display found, so no browser window can open here. The demo CRM runs at ${url}\n${manual}`);
} else {
  const profile = mkdtempSync(join(tmpdir(), 'goalpost-demo-'));
  console.log(`\nOpening ${browser} with Goalpost on ${start}`);
  if (browser.includes('Google Chrome') || browser.includes('google-chrome')) {
    console.log(`Note: branded Google Chrome ignores --load-extension; if Goalpost is missing there:\n${manual}`);
  }
  const child = spawn(browser, [`--user-data-dir=${profile}`, `--disable-extensions-except=${dist}`, `--load-extension=${dist}`, '--no-first-run', '--no-default-browser-check', start], {stdio: 'ignore'});
  child.on('exit', () => {
    server.kill();
    process.exit(0);
  });
}
process.on('SIGINT', () => {
  server.kill();
  process.exit(0);
});
