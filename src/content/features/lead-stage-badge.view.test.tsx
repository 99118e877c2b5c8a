// @vitest-environment happy-dom
import {render} from 'preact';
import {describe, expect, test, vi} from 'vitest';
import {send} from '../messaging';
import type {LeadView} from '../../shared/protocol/leads';
import {LeadBadge, latestWhy} from './lead-stage-badge.view';

vi.mock('../messaging', () => ({send: vi.fn()}));

const base: LeadView = {
  id: 'demo:h:lead:ld-1', contactId: 'demo:h:contact:ct-1', stage: 'new', pipelineId: 'default', automationLocked: false, lock: null,
  history: [{from: null, to: 'new', at: '2026-03-01T09:00:00.000Z', cause: 'import', eventId: 'e0'}],
  why: [],
};

describe('lead-stage badge', () => {
  test('why falls back to the stage history when no rule has fired', () => {
    expect(latestWhy(base)).toBe('Seen in the CRM at New.');
  });

  test('LA-7: a "not moved" entry after the move back explains the lead, though the call is timed before it', () => {
    const lead: LeadView = {
      ...base, automationLocked: true, lock: {at: '2026-03-02T11:00:05.000Z', by: null},
      history: [...base.history, {from: 'connected', to: 'new', at: '2026-03-02T11:00:05.000Z', cause: 'manual', eventId: 'm1'}],
      why: [
        {rule: 'LA-7', message: 'Automation locked: the lead was moved back to New by hand.', at: Date.parse('2026-03-02T11:00:05Z'), eventId: 'm1'},
        {rule: 'LA-7', message: 'Not moved to Connected: a user moved this lead back.', at: Date.parse('2026-03-02T11:00:00Z'), eventId: 'c2'},
      ],
    };
    expect(latestWhy(lead)).toBe('LA-7: Not moved to Connected: a user moved this lead back.');
  });

  test('LA-7: a locked lead shows the lock, its reason and a re-arm button; the pill toggles the details', () => {
    const root = document.createElement('div');
    document.body.append(root);
    const lead: LeadView = {...base, automationLocked: true, lock: {at: '2026-03-02T11:00:00.000Z', by: null}};
    render(<LeadBadge lead={lead} detail onChange={() => undefined} />, root);
    const pill = root.querySelector<HTMLButtonElement>('.pill')!;
    expect(pill.textContent).toContain('Automation off');
    expect(pill.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('[role="tooltip"]')?.id).toBe(pill.getAttribute('aria-describedby'));
    expect(root.querySelector('[data-testid="gp-lead-lock-reason"]')?.textContent).toContain('LA-7');
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toContain('Re-arm automation');
    render(null, root);
  });

  test('LA-4, LA-5: the details log a call with the chosen outcome and show the refreshed lead', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    const moved: LeadView = {...base, stage: 'connected'};
    vi.mocked(send).mockResolvedValueOnce(moved as never);
    const onChange = vi.fn();
    render(<LeadBadge lead={base} detail onChange={onChange} />, root);
    const call = root.querySelector('.call')!;
    const select = call.querySelector('select')!;
    expect(call.querySelector('label')?.textContent).toContain('Call outcome');
    expect([...select.options].map((o) => o.textContent)).toEqual(['Connected', 'No answer', 'Busy', 'Left voicemail', 'Wrong number']);
    select.value = 'busy';
    select.dispatchEvent(new Event('change'));
    select.value = 'connected';
    select.dispatchEvent(new Event('change'));
    call.querySelector('button')!.click();
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledWith(moved));
    expect(send).toHaveBeenCalledWith('leads/logCall', {leadId: base.id, contactId: base.contactId, outcome: 'connected'});
    await vi.waitFor(() => expect(root.querySelector('[role="status"]')?.textContent).toBe('Call logged: Connected.'));
    render(null, root);
  });
});
