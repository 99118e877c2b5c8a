// @vitest-environment happy-dom
import {options} from 'preact';
import {afterEach, describe, expect, test, vi} from 'vitest';
import type {CrmAdapter, PageInfo} from '../../adapters/types';
import type {LeadView} from '../../shared/protocol/leads';

const send = vi.fn();
vi.mock('../messaging', () => ({send: (...args: unknown[]) => send(...args)}));
vi.mock('../health', () => ({reportHealth: vi.fn()}));

const {default: feature} = await import('./lead-stage-badge');
const {LeadBadge} = await import('./lead-stage-badge.view');

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
  vi.restoreAllMocks();
});

describe('lead-stage badge on list pages', () => {
  test('1,000 rows: one message for all rows, badges drawn in time slices off the page, then put in the rows at once (no long task)', async () => {
    // A clock that moves 1 ms per reading: slices of 8 ms of work are a known number of rows.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 1));
    const pauses: Array<() => void> = [];
    vi.stubGlobal('scheduler', {yield: () => new Promise<void>((resolve) => pauses.push(resolve))});
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
    await vi.waitFor(() => expect(pauses.length).toBe(1));

    expect(send).toHaveBeenCalledTimes(1);
    const [name, payload] = send.mock.calls[0] as [string, {contactIds: string[]}];
    expect(name).toBe('leads/forContacts');
    expect(payload.contactIds).toHaveLength(ROWS);
    // The first slice is drawn but not yet in the rows: the CRM's table is laid out once, not per slice.
    expect(document.querySelectorAll('[data-goalpost="lead-stage-badge"]').length).toBe(0);
    let slices = 1;
    while (pauses.length) {
      pauses.shift()!();
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (pauses.length) slices++;
    }
    expect(slices).toBeGreaterThan(10); // ~8 rows per 8 ms slice on this clock
    await vi.waitFor(() => expect(document.querySelectorAll('[data-goalpost="lead-stage-badge"]').length).toBe(ROWS / 2));
    expect(document.querySelector('tr[data-id="c1"] [data-goalpost]')).toBeNull();
    const first = document.querySelector('tr[data-id="c0"] [data-goalpost="lead-stage-badge"]')!;
    expect(first.shadowRoot?.querySelector('[data-testid="gp-lead-stage"]')?.textContent).toBe('Attempting');
    // Row badges build their details only when opened.
    expect(first.shadowRoot?.querySelector('[role="group"]')).toBeNull();
    first.shadowRoot!.querySelector<HTMLButtonElement>('.pill')!.click();
    await vi.waitFor(() => expect(first.shadowRoot?.querySelector('[role="group"]')).not.toBeNull());
    abort.abort();
    expect(document.querySelectorAll('[data-goalpost="lead-stage-badge"]').length).toBe(0);
    // Mounting 500 shadow roots in happy-dom takes tens of seconds on a busy machine: a limit, not an assertion.
  }, 120_000);

  test('leaving the page while badges are being drawn: the run stops and puts nothing in the rows', async () => {
    const pauses: Array<() => void> = [];
    vi.stubGlobal('scheduler', {yield: () => new Promise<void>((resolve) => pauses.push(resolve))});
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 1));
    const leads: Record<string, LeadView> = {};
    const byContact: Record<string, string[]> = {};
    for (let i = 0; i < 40; i++) {
      byContact[`${NS}:contact:c${i}`] = [lead(i).id];
      leads[lead(i).id] = lead(i);
    }
    send.mockResolvedValue({leads, byContact});
    const {adapter, page} = listPage();
    const abort = new AbortController();
    await feature.init({signal: abort.signal, adapter, page, url: new URL('http://h/contacts'), namespace: NS});
    await vi.waitFor(() => expect(pauses.length).toBe(1));
    abort.abort();
    pauses.shift()!();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(pauses).toHaveLength(0);
    expect(document.querySelectorAll('[data-goalpost="lead-stage-badge"]').length).toBe(0);
  });
});

describe('lead-stage badge on list pages: changes', () => {
  test('LA-4 a row moved by hand re-renders that row\'s badge only, not the whole list', async () => {
    const leads: Record<string, LeadView> = {};
    const byContact: Record<string, string[]> = {};
    for (let i = 0; i < 40; i++) {
      byContact[`${NS}:contact:c${i}`] = [lead(i).id];
      leads[lead(i).id] = lead(i);
    }
    const moved: LeadView = {...lead(0), stage: 'qualified'};
    send.mockImplementation(async (name: string) => (name === 'leads/move' ? moved : {leads, byContact}));
    const {adapter, page} = listPage();
    const abort = new AbortController();
    await feature.init({signal: abort.signal, adapter, page, url: new URL('http://h/contacts'), namespace: NS});
    await vi.waitFor(() => expect(document.querySelectorAll('[data-goalpost="lead-stage-badge"]').length).toBe(40));
    const rendered: string[] = [];
    const previous = options.diffed;
    options.diffed = (vnode) => {
      if (vnode.type === LeadBadge) rendered.push((vnode.props as unknown as {lead: LeadView}).lead.id);
      previous?.(vnode);
    };
    try {
      const root = document.querySelector('tr[data-id="c0"] [data-goalpost="lead-stage-badge"]')!.shadowRoot!;
      root.querySelector<HTMLButtonElement>('.pill')!.click();
      await vi.waitFor(() => expect(root.querySelector('select')).not.toBeNull());
      const select = root.querySelector('select')!;
      select.value = 'qualified';
      select.dispatchEvent(new Event('change'));
      await new Promise((resolve) => setTimeout(resolve, 0));
      rendered.length = 0;
      root.querySelector<HTMLButtonElement>('.move .btn')!.click();
      await vi.waitFor(() => expect(root.querySelector('[data-testid="gp-lead-stage"]')?.textContent).toBe('Qualified'));
      expect(send).toHaveBeenCalledWith('leads/move', {leadId: lead(0).id, stage: 'qualified'});
      expect(new Set(rendered)).toEqual(new Set([lead(0).id]));
      expect(document.querySelector('tr[data-id="c1"] [data-goalpost="lead-stage-badge"]')!.shadowRoot!.querySelector('[data-testid="gp-lead-stage"]')?.textContent).toBe('Attempting');
    } finally {
      options.diffed = previous;
      abort.abort();
    }
  });
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
