// @vitest-environment happy-dom
import {afterEach, describe, expect, test, vi} from 'vitest';
import type {CrmAdapter, PageInfo} from '../../adapters/types';
import type {LeadView} from '../../shared/protocol/leads';

const send = vi.fn();
vi.mock('../../shared/messaging', () => ({send: (...args: unknown[]) => send(...args)}));
vi.mock('../health', () => ({reportHealth: vi.fn()}));

const {default: feature} = await import('./lead-stage-badge');

const NS = 'demo:h';
const ROWS = 1000;
const lead = (i: number): LeadView => ({
  id: `${NS}:lead:l${i}`, contactId: `${NS}:contact:c${i}`, stage: 'attempting', pipelineId: 'default', automationLocked: false, lock: null,
  history: [{from: 'new', to: 'attempting', at: '2026-03-02T10:00:00.000Z', cause: 'automation', rule: 'LA-4'}], why: [],
});

function listPage(): {adapter: CrmAdapter; page: PageInfo & {type: 'list'}} {
  const rows = Array.from({length: ROWS}, (_, i) => `<tr data-id="c${i}"><td>Contact ${i}</td><td class="gp"></td></tr>`).join('');
  document.body.innerHTML = `<table><tbody>${rows}</tbody></table>`; // test fixture, no page data
  const adapter = {
    listRows: (root: ParentNode) => [...root.querySelectorAll('tr')].map((element) => ({element, id: element.getAttribute('data-id')!, kind: 'contact' as const})),
    findAnchor: (row: ParentNode) => row.querySelector('.gp'),
    place: (anchor: Element, host: HTMLElement) => anchor.append(host),
  } as unknown as CrmAdapter;
  return {adapter, page: {type: 'list', kind: 'contact'}};
}

afterEach(() => {
  send.mockReset();
  vi.unstubAllGlobals();
});

describe('lead-stage badge on list pages', () => {
  test('1,000 rows: one message for all rows, and badges mounted a frame at a time (no long task)', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    // Every other contact has a lead.
    const leads: Record<string, LeadView> = {};
    const byContact: Record<string, string[]> = {};
    for (let i = 0; i < ROWS; i++) {
      byContact[`${NS}:contact:c${i}`] = i % 2 ? [] : [lead(i).id];
      if (i % 2 === 0) leads[lead(i).id] = lead(i);
    }
    send.mockResolvedValue({leads, byContact});
    const {adapter, page} = listPage();
    const abort = new AbortController();
    await feature.init({signal: abort.signal, adapter, page, url: new URL('http://h/contacts'), namespace: NS});
    await vi.waitFor(() => expect(document.querySelectorAll('[data-goalpost="lead-stage-badge"]').length).toBeGreaterThan(0));

    expect(send).toHaveBeenCalledTimes(1);
    const [name, payload] = send.mock.calls[0] as [string, {contactIds: string[]}];
    expect(name).toBe('leads/forContacts');
    expect(payload.contactIds).toHaveLength(ROWS);
    const firstFrame = document.querySelectorAll('[data-goalpost="lead-stage-badge"]').length;
    expect(firstFrame).toBeLessThan(ROWS / 2);
    while (frames.length) frames.shift()!(0);
    expect(document.querySelectorAll('[data-goalpost="lead-stage-badge"]').length).toBe(ROWS / 2);
    expect(document.querySelector('tr[data-id="c1"] [data-goalpost]')).toBeNull();
    abort.abort();
    expect(document.querySelectorAll('[data-goalpost="lead-stage-badge"]').length).toBe(0);
    // Mounting 500 shadow roots in happy-dom takes tens of seconds on a busy machine: a limit, not an assertion.
  }, 120_000);
});

describe('lead-stage badge on record pages', () => {
  test('LA-1 the leads come from adapter.readLeadRefs (the feature never queries the page itself)', async () => {
    document.body.innerHTML = '<h1 id="title">Contact</h1>'; // test fixture, no page data
    const readLeadRefs = vi.fn(() => [{leadId: 'l1', contactId: 'c1', stage: 'attempting'}, {leadId: '', contactId: 'c1'}]);
    const adapter = {
      findAnchor: (root: ParentNode) => root.querySelector('#title'),
      place: (anchor: Element, host: HTMLElement) => anchor.after(host),
      readLeadRefs,
    } as unknown as CrmAdapter;
    const view = {...lead(1), id: `${NS}:lead:l1`, contactId: `${NS}:contact:c1`};
    send.mockImplementation(async (name: string) => (name === 'leads/ensure' ? {added: 1} : {leads: {[view.id]: view}, byContact: {[view.contactId]: [view.id]}}));
    const abort = new AbortController();
    const page = {type: 'record', kind: 'contact', id: 'c1'} as const;
    await feature.init({signal: abort.signal, adapter, page, url: new URL('http://h/contacts/c1'), namespace: NS});
    await vi.waitFor(() => expect(send).toHaveBeenCalledWith('leads/forContacts', expect.anything()));
    expect(readLeadRefs).toHaveBeenCalledWith(document, page);
    expect(send).toHaveBeenCalledWith('leads/ensure', {leads: [{leadId: `${NS}:lead:l1`, contactId: `${NS}:contact:c1`, stage: 'attempting'}]});
    abort.abort();
  });
});
