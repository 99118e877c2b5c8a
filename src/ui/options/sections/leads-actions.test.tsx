// @vitest-environment happy-dom
import {render} from 'preact';
import {useState} from 'preact/hooks';
import {act} from 'preact/test-utils';
import {afterEach, beforeEach, describe, expect, test, vi} from 'vitest';
import {parseStageActions, type StageActionSettings} from '../../../core/leads';

const send = vi.fn();
vi.mock('../../../shared/messaging', () => ({send: (...args: unknown[]) => send(...args)}));
const {StageActionsEditor} = await import('./leads-actions');

let latest: StageActionSettings = {};
function Harness({initial}: {initial: StageActionSettings}) {
  const [value, setValue] = useState(initial);
  latest = value;
  return <StageActionsEditor value={value} onChange={setValue} />;
}

const initial = parseStageActions({
  attempting: [
    {id: 'a1', type: 'createTask', title: 'Call within 2 days'},
    {id: 'a2', type: 'delay', hours: 48},
    {id: 'a3', type: 'notify', message: 'Still attempting'},
  ],
});

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<Harness initial={initial} />, root));
});
afterEach(() => {
  act(() => render(null, root));
  root.remove();
  send.mockReset();
});

const stage = (id: string) => root.querySelector<HTMLElement>(`[data-stage="${id}"]`)!;
const button = (within: Element, name: string) => [...within.querySelectorAll('button')].find((b) => b.textContent === name)!;
const item = (id: string) => root.querySelector<HTMLElement>(`[data-action-id="${id}"]`)!;
const ids = (s: string) => [...stage(s).querySelectorAll('li[data-action-id]')].map((li) => li.getAttribute('data-action-id'));
function type(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', {bubbles: true}));
}
const submit = (form: HTMLFormElement) => {
  form.dispatchEvent(new Event('submit', {cancelable: true}));
};
const labelled = (within: Element, text: string) => {
  const label = [...within.querySelectorAll('label')].find((l) => l.textContent === text)!;
  return within.querySelector<HTMLInputElement>(`#${label.htmlFor}`)!;
};

describe('stage actions editor', () => {
  test('LA-13 every lead stage lists its actions in order, with labelled controls', () => {
    expect([...root.querySelectorAll('[data-stage]')].map((s) => s.getAttribute('data-stage'))).toEqual(['new', 'attempting', 'connected', 'qualified', 'disqualified']);
    expect(ids('attempting')).toEqual(['a1', 'a2', 'a3']);
    expect(stage('new').textContent).toContain('No actions.');
  });

  test('LA-14 add an action to a stage through the form (explicit label for/id)', () => {
    act(() => button(stage('new'), 'Add action').click());
    const form = stage('new').querySelector('form')!;
    act(() => type(labelled(form, 'Action type'), 'webhook'));
    act(() => type(labelled(form, 'Webhook URL'), 'ftp://nope'));
    act(() => submit(form));
    expect(form.querySelector('[role="alert"]')?.textContent).toBe('Enter an http:// or https:// URL.');
    act(() => type(labelled(form, 'Webhook URL'), 'https://hooks.example.test/lead'));
    act(() => submit(form));
    expect(latest.new).toEqual([{id: 'a4', type: 'webhook', url: 'https://hooks.example.test/lead', comments: []}]);
    expect(stage('new').textContent).toContain('Call webhook https://hooks.example.test/lead');
  });

  test('LA-14 edit keeps the position; a comment shows its author and text under the action', () => {
    act(() => button(item('a2'), 'Edit').click());
    const form = item('a2').querySelector('form')!;
    act(() => type(labelled(form, 'Wait (hours)'), '24'));
    act(() => submit(form));
    expect(latest.attempting![1]).toMatchObject({id: 'a2', hours: 24});

    act(() => button(item('a1'), 'Comment').click());
    const comment = item('a1').querySelector('form')!;
    act(() => type(labelled(comment, 'Your name'), 'Maria Sales'));
    act(() => type(labelled(comment, 'Comment text'), 'Call before noon'));
    act(() => submit(comment));
    const shown = item('a1').querySelector('[data-testid="la-sa-comments"]')!;
    expect(shown.textContent).toContain('Maria Sales');
    expect(shown.textContent).toContain('Call before noon');
    expect(latest.attempting![0].comments).toEqual([{authorId: 'Maria Sales', text: 'Call before noon', at: expect.any(Number)}]);
  });

  test('LA-13 reorder with Move up / Move down', () => {
    act(() => button(item('a3'), 'Move up').click());
    expect(ids('attempting')).toEqual(['a1', 'a3', 'a2']);
    expect(button(item('a1'), 'Move up').disabled).toBe(true);
  });

  test('LA-15 delete asks: "only this action" keeps the following ones, "this and following" cuts there', () => {
    act(() => button(item('a2'), 'Delete').click());
    const dialog = root.querySelector<HTMLDialogElement>('[data-testid="la-sa-delete-dialog"]')!;
    expect(dialog.open).toBe(true);
    expect(dialog.getAttribute('aria-labelledby')).toBe('la-sa-delete-title');
    expect(dialog.textContent).toContain('1 of 3 actions will be deleted.');
    act(() => submit(dialog.querySelector('form')!));
    expect(ids('attempting')).toEqual(['a1', 'a3']);
    expect(dialog.open).toBe(false);

    act(() => button(item('a1'), 'Delete').click());
    act(() => labelled(dialog, 'This action and all following actions').click());
    expect(dialog.textContent).toContain('2 of 2 actions will be deleted.');
    act(() => submit(dialog.querySelector('form')!));
    expect(ids('attempting')).toEqual([]);
  });

  test('LA-16 open as workflow saves the steps through workflows/save and links to the workflow', async () => {
    send.mockImplementation(async (name: string) => (name === 'workflows/list' ? {workflows: [{id: 'lead-stage-attempting'}], lists: []} : {ok: true, id: 'lead-stage-attempting-2'}));
    await act(async () => button(stage('attempting'), 'Open as workflow').click());
    await vi.waitFor(() => expect(stage('attempting').querySelector('[data-testid="la-sa-workflow-link"]')).not.toBeNull());
    const [, {workflow}] = send.mock.calls.find(([name]) => name === 'workflows/save') as [string, {workflow: {id: string; steps: unknown[]}}];
    expect(workflow.id).toBe('lead-stage-attempting-2');
    expect(workflow.steps).toEqual([{type: 'createTask', title: 'Call within 2 days'}, {type: 'delay', hours: 48}, {type: 'notify', message: 'Still attempting'}]);
    const link = stage('attempting').querySelector<HTMLAnchorElement>('[data-testid="la-sa-workflow-link"]')!;
    expect(link.textContent).toBe('Open workflow “Attempting stage actions”');
    expect(link.getAttribute('href')).toBe('?workflow=lead-stage-attempting-2#workflows');
  });
});
