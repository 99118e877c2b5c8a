// @vitest-environment happy-dom
/** The "Import CRM data" section with an in-process stand-in for its worker. */
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {render} from 'preact';
import {act} from 'preact/test-utils';
import {afterEach, describe, expect, test, vi} from 'vitest';
import {send} from '../../../shared/messaging';
import type {WorkerRequest} from './import-worker-protocol';
import {runImport} from './import-worker-run';
import {ImportsPanel} from './imports';

vi.mock('../../../shared/messaging', () => ({send: vi.fn()}));
const sendMock = vi.mocked(send);

const FIXTURES = resolve(import.meta.dirname, '../../../../tests/fixtures/imports');

class FakeWorker {
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  postMessage(request: WorkerRequest) {
    setTimeout(() => runImport(request, (reply) => !this.terminated && this.onmessage?.({data: reply} as MessageEvent)));
  }
  terminate() {
    this.terminated = true;
  }
}

function fixture(name: string): File {
  return new File([readFileSync(`${FIXTURES}/${name}`)], name, {type: 'text/csv'});
}

async function until(check: () => boolean) {
  for (let i = 0; i < 200 && !check(); i++) await act(() => new Promise((r) => setTimeout(r, 5)));
  expect(check()).toBe(true);
}

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
  sendMock.mockReset();
});

async function mount(files: File[]) {
  root = document.body.appendChild(document.createElement('div'));
  sendMock.mockImplementation(async (name: string) => {
    if (name === 'imports/mappings') return {mappings: {}};
    if (name === 'imports/commit') return {newRecords: 13, newEvents: 13, records: 13, events: 13};
    throw new Error(`unexpected ${name}`);
  });
  await act(() => render(<ImportsPanel createWorker={() => new FakeWorker() as unknown as Worker} />, root));
  const input = root.querySelector('input[type=file]') as HTMLInputElement;
  Object.defineProperty(input, 'files', {value: files, configurable: true});
  await act(() => void input.dispatchEvent(new Event('change')));
}

describe('Import CRM data section', () => {
  test('TA-9: the preview shows each file and the totals of the import, and Import sends one commit', async () => {
    await mount(['hubspot-contacts.csv', 'hubspot-companies-1252.csv', 'hubspot-deals.csv'].map(fixture));
    await until(() => !!root.querySelector('[data-testid=import-totals]'));
    expect(root.querySelector('[data-testid=import-totals]')?.textContent).toContain('Open deal value (target accounts)60,500');
    expect(root.querySelectorAll('tbody tr')).toHaveLength(3);
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Import 13 records')!;
    await act(() => button.click());
    await until(() => root.textContent!.includes('Imported: 13 new records'));
    const commits = sendMock.mock.calls.filter(([name]) => name === 'imports/commit');
    expect(commits).toHaveLength(1);
    expect((commits[0][1] as {contacts: unknown[]}).contacts).toHaveLength(4);
  });

  test('a file with errors lists file, line and column, and Import stays off until rows are skipped', async () => {
    await mount([fixture('hubspot-deals-broken.csv')]);
    await until(() => !!root.querySelector('[data-testid=import-errors]'));
    expect(root.querySelector('[data-testid=import-errors] li')?.textContent).toBe('hubspot-deals-broken.csv, line 4, column "Amount": "Amount" is not a number: "12 5OO"');
    expect([...root.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Import'))?.disabled).toBe(true);
  });
});
