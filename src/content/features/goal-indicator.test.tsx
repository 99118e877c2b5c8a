// @vitest-environment happy-dom
import {render} from 'preact';
import {act} from 'preact/test-utils';
import {describe, expect, test, vi} from 'vitest';
import type {ContactWorkflow} from '../../shared/protocol/workflows';

vi.mock('../messaging', () => ({send: vi.fn()}));
const {GoalIndicator, reasonText, statusText} = await import('./goal-indicator');

const row = (over: Partial<ContactWorkflow>): ContactWorkflow => ({
  workflowId: 'wf1', name: 'Nurture', status: 'active', counted: false, stepsRun: 0, steps: 3, why: 'WG-5: enrolled', trail: [], actions: [], ...over,
});

describe('goal indicator status text', () => {
  test('WG-6 active: the step about to run, never past the last one', () => {
    expect(statusText(row({stepsRun: 0}))).toBe('Active: step 1 of 3');
    expect(statusText(row({stepsRun: 3}))).toBe('Active: step 3 of 3');
    expect(statusText(row({stepsRun: 0, steps: 0}))).toBe('Active: step 1 of 1');
  });

  test('WG-8/WG-10 completed, goal met counted or not', () => {
    expect(statusText(row({status: 'completed'}))).toBe('Completed all steps; goal still tracked');
    expect(statusText(row({status: 'goalMet', counted: true}))).toBe('Goal met and counted');
    expect(statusText(row({status: 'goalMet', counted: false}))).toBe('Goal met (not counted: no marketing email sent)');
  });

  test('WG-9 unenrolled names the reason; WG-5/WG-23 not enrolled names why', () => {
    expect(statusText(row({status: 'unenrolled', reason: 'suppression'}))).toBe('Unenrolled: on a suppression list');
    expect(statusText(row({status: 'unenrolled', reason: 'triggerNoLongerMet'}))).toBe('Unenrolled: enrollment triggers no longer met');
    expect(reasonText(undefined)).toBe('unenrolled manually');
    expect(statusText(row({status: 'notEnrolled', why: 'WG-5: not enrolled: already meets the goal'}))).toBe('Not enrolled: already met the goal');
    expect(statusText(row({status: 'notEnrolled', why: 'WG-23: not enrolled: on list "x"'}))).toBe('Not enrolled: on a suppression list');
  });

  test('IDEA-2 the Why? button toggles the trail region it controls', () => {
    const root = document.createElement('div');
    document.body.append(root);
    render(<GoalIndicator rows={[row({trail: [{rule: 'WG-5', message: 'WG-5: enrolled: the triggers are met', at: 0}]})]} failed={false} />, root);
    const button = root.querySelector('button')!;
    const region = root.querySelector(`#${button.getAttribute('aria-controls')}`)!;
    expect(region.hasAttribute('hidden')).toBe(true);
    act(() => button.click());
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(region.hasAttribute('hidden')).toBe(false);
    expect(region.textContent).toContain('enrolled: the triggers are met');
    render(null, root);
    root.remove();
  });

  test('WG-6 tasks created and properties set by the workflow show with their why, as keyboard disclosures', () => {
    const root = document.createElement('div');
    document.body.append(root);
    const why = [{rule: 'WG-6', message: 'WG-6: goal not met; ran step 1 (createTask:Call back).', at: 1}, {rule: 'WG-5', message: 'WG-5: enrolled: the triggers are met (formSubmitted); the goal is not met.', at: 1}];
    const actions = [
      {kind: 'task' as const, step: 1, title: 'Call back', at: 1, why},
      {kind: 'property' as const, step: 2, title: 'hs_lead_status', value: 'OPEN', at: 1, why: []},
      {kind: 'property' as const, step: 3, title: 'note', value: null, why: []},
    ];
    render(<GoalIndicator rows={[row({actions})]} failed={false} />, root);
    const list = root.querySelector('ul.acts')!;
    expect(list.getAttribute('aria-label')).toBe('Done by Nurture');
    const summaries = [...list.querySelectorAll('details > summary')].map((x) => x.querySelector('.act-text')!.textContent);
    expect(summaries).toEqual(['Task created: “Call back”', 'Property set: hs_lead_status = OPEN', 'Property set: note = —']);
    const first = list.querySelector('details')!;
    expect(first.textContent).toContain('Step 1 of the workflow “Nurture”, because:');
    expect(first.textContent).toContain('ran step 1 (createTask:Call back)');
    expect(first.textContent).toContain('enrolled: the triggers are met');
    render(null, root);
    root.remove();
  });
});
