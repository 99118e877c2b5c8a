import {describe, expect, test} from 'vitest';
import type {Workflow} from '../../core/model';
import type {WorkflowOutput} from '../../core/workflows';
import {DEFAULT_SETTINGS, type Settings} from '../../shared/settings';
import {checkSettings, contactWorkflows, membershipChanges, restoreRefusal, upsert, weeklyTrend, workflowStats} from './workflows-view';

const NOW = Date.parse('2026-01-21T12:00:00Z'); // a Wednesday
const wf = (over: Record<string, unknown> = {}) => ({
  id: 'wf1',
  enrollment: {property: 'lifecyclestage', op: 'eq', value: 'lead'},
  goal: {property: 'lifecyclestage', op: 'eq', value: 'customer'},
  steps: [{type: 'sendMarketingEmail', emailId: 'welcome'}],
  ...over,
});
const settings = (workflows: unknown[], lists: Settings['lists'] = []): Settings => ({...DEFAULT_SETTINGS, workflows, lists} as Settings);

describe('workflows view helpers', () => {
  test('WG-4 checkSettings accepts a valid workflow and names a bad node by its path, renamed to the edited workflow', () => {
    expect(checkSettings(settings([wf()]), NOW)).toBeNull();
    const bad = settings([wf(), wf({id: 'wf2', goal: {any: [{all: [{property: 'x', op: 'bogus', value: 1}]}]}})]);
    expect(checkSettings(bad, NOW)).toMatchObject({ok: false, path: expect.stringMatching(/^workflows\[1\]\.goal\.any\[0\]\.all\[0\]/)});
    expect(checkSettings(bad, NOW, {index: 1, from: 'workflows', to: 'workflow'})).toMatchObject({ok: false, path: expect.stringMatching(/^workflow\.goal\.any\[0\]\.all\[0\]/)});
    // Another workflow's error keeps its own path.
    expect(checkSettings(bad, NOW, {index: 0, from: 'workflows', to: 'workflow'})?.path).toMatch(/^workflows\[1\]/);
  });

  test('WG-23 checkSettings refuses a suppression list a workflow still uses', () => {
    const used = settings([wf({suppressionLists: ['competitors']})], []);
    expect(checkSettings(used, NOW)).toMatchObject({ok: false, path: expect.stringContaining('workflows[0].suppressionLists')});
  });

  test('upsert replaces by id or appends, and reports the index', () => {
    expect(upsert([{id: 'a', n: 1}, {id: 'b', n: 2}], {id: 'b', n: 3})).toEqual({items: [{id: 'a', n: 1}, {id: 'b', n: 3}], index: 1});
    expect(upsert([{id: 'a', n: 1}], {id: 'c', n: 3})).toEqual({items: [{id: 'a', n: 1}, {id: 'c', n: 3}], index: 1});
  });

  test('WG-23/WG-24 membershipChanges gives the listChanged additions and removals of an edited list', () => {
    const before = {id: 'l', contactIds: ['c1', 'c2']};
    expect(membershipChanges(before, {id: 'l', contactIds: ['c2', 'c3', 'c3']})).toEqual([{contactId: 'c3', member: true}, {contactId: 'c1', member: false}]);
    expect(membershipChanges(undefined, {id: 'l', contactIds: ['c1']})).toEqual([{contactId: 'c1', member: true}]);
    expect(membershipChanges(before, before)).toEqual([]);
  });

  test('WG-15 weeklyTrend ends with the week of now (Monday keys), oldest first, gaps as 0', () => {
    const trend = weeklyTrend({'2026-01-20': 2, '2026-01-21': 1, '2026-01-06': 4, '2025-01-01': 9}, NOW, 3);
    expect(trend).toEqual([
      {week: '2026-01-05', counted: 4},
      {week: '2026-01-12', counted: 0},
      {week: '2026-01-19', counted: 3},
    ]);
    expect(weeklyTrend({}, NOW)).toHaveLength(8);
  });

  test('IDEA-4 restoreRefusal: unknown workflow, never cleared, already restored, or fine', () => {
    expect(restoreRefusal(null)).toMatchObject({ok: false, path: 'workflowId'});
    expect(restoreRefusal([])).toMatchObject({ok: false, message: expect.stringContaining('never cleared')});
    expect(restoreRefusal([false, true])).toMatchObject({ok: false, message: expect.stringContaining('restored already')});
    expect(restoreRefusal([false, true], 0)).toBeNull();
    expect(restoreRefusal([false], 3)).toMatchObject({ok: false, path: 'index'});
  });

  const output: WorkflowOutput = {
    workflows: {
      wf1: {
        enrolled: 4, goalMet: 2, goalMetCounted: 1, conversionRate: 0.25, notEnrolledAlreadyMetGoal: 1, active: 1, completed: 1,
        unenrolled: {goal: 1, suppression: 0, manual: 0, triggerNoLongerMet: 0}, countedByDay: {'2026-01-20': 1}, goalMetUnenrolled: ['c1'],
        goalResets: [{clearedAt: '2026-01-10T00:00:00.000Z', clearedGoal: null, goalMet: 3, goalMetCounted: 2, conversionRate: 0.5, countedContactIds: ['c7'], countedByDay: {}, restored: false}],
      },
    },
    enrollments: {wf1: {c1: {status: 'goalMet', counted: true, stepsRun: ['sendMarketingEmail:welcome'], why: 'WG-6: …', reason: 'goal'}}},
    contactHistory: {},
  };
  const defs = [wf({name: 'Nurture'}) as unknown as Workflow, wf({id: 'wf2', steps: []}) as unknown as Workflow];

  test('WG-13/WG-14/WG-15 workflowStats shapes engine output per workflow, zeros for a workflow not run yet', () => {
    const [one, two] = workflowStats(defs, output, NOW);
    expect(one).toMatchObject({id: 'wf1', name: 'Nurture', hasMarketingEmail: true, hasGoal: true, enrolled: 4, goalMetCounted: 1, conversionRate: 0.25});
    expect(one.weekly.at(-1)).toEqual({week: '2026-01-19', counted: 1});
    expect(one.goalResets).toEqual([{clearedAt: '2026-01-10T00:00:00.000Z', goalMet: 3, goalMetCounted: 2, conversionRate: 0.5, restored: false}]);
    expect(two).toMatchObject({id: 'wf2', name: 'wf2', hasMarketingEmail: false, enrolled: 0, conversionRate: null, goalResets: []});
  });

  test('IDEA-2 contactWorkflows lists the contact\'s workflows with a deduplicated trail, oldest first', () => {
    const subject = 'workflow:wf1/contact:c1';
    const line = {rule: 'WG-5', subject, message: 'WG-5: enrolled', at: 2};
    const rows = contactWorkflows(defs, output, 'c1', [line, {...line}, {rule: 'WG-6', subject, message: 'WG-6: goal met', at: 3}, {rule: 'WG-0', subject, message: 'first', at: 1}, {rule: 'X', subject: 'workflow:wf1/contact:c2', message: 'other', at: 0}]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({workflowId: 'wf1', name: 'Nurture', status: 'goalMet', reason: 'goal', counted: true, stepsRun: 1, steps: 1});
    expect(rows[0].trail.map((x) => x.rule)).toEqual(['WG-0', 'WG-5', 'WG-6']);
    expect(contactWorkflows(defs, output, 'nobody', [])).toEqual([]);
  });
});

describe('workflow actions on the contact (issue 4: create task / set property in the overlay)', () => {
  test('WG-6 contactWorkflows names the tasks created and properties set by steps that ran, with the trail behind each', async () => {
    const {parseScenario} = await import('../../core/scenario/parse');
    const {replay} = await import('../../core/scenario/run');
    const T = '2026-01-05T09:00:00.000Z';
    const parsed = parseScenario({
      format: 'goalpost-scenario/1',
      now: '2026-01-09T00:00:00Z',
      contacts: [{id: 'c1', properties: {lifecyclestage: 'lead'}}, {id: 'c2', properties: {lifecyclestage: 'lead'}}],
      workflows: [{
        id: 'wf-act', name: 'Call them', enrollment: {event: 'formSubmitted'}, goal: {property: 'lifecyclestage', op: 'eq', value: 'customer'},
        steps: [{type: 'createTask', title: 'Call back'}, {type: 'setProperty', property: 'hs_lead_status', value: 'OPEN'}, {type: 'delay', hours: 48}, {type: 'createTask', title: 'Second call'}],
      }],
      events: [
        {id: 'f1', type: 'formSubmitted', at: T, contactId: 'c1', formId: 'demo'},
        {id: 'f2', type: 'formSubmitted', at: T, contactId: 'c2', formId: 'demo'},
        {id: 'k2', type: 'propertyChanged', at: '2026-01-06T09:00:00.000Z', contactId: 'c2', property: 'lifecyclestage', value: 'customer'},
      ],
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const result = replay(parsed.world);
    const out = result.output as unknown as WorkflowOutput;
    const defs = parsed.world.workflows;

    const [c1] = contactWorkflows(defs, out, 'c1', result.trail);
    expect(c1.status).toBe('completed');
    expect(c1.actions.map(({kind, step, title, value}) => ({kind, step, title, value}))).toEqual([
      {kind: 'task', step: 1, title: 'Call back', value: undefined},
      {kind: 'property', step: 2, title: 'hs_lead_status', value: 'OPEN'},
      {kind: 'task', step: 4, title: 'Second call', value: undefined},
    ]);
    // The why: the step run (WG-6, its time is the step's) and the enrollment (WG-5).
    expect(c1.actions[0].why.map((x) => x.rule)).toEqual(['WG-6', 'WG-5']);
    expect(c1.actions[0].why[0].message).toContain('ran step 1 (createTask:Call back)');
    expect(c1.actions[0].at).toBe(Date.parse(T));
    expect(c1.actions[2].at).toBe(Date.parse(T) + 48 * 3_600_000);

    // c2 met the goal during the delay: step 4 never ran, so only the first two show.
    const [c2] = contactWorkflows(defs, out, 'c2', result.trail);
    expect(c2.status).toBe('goalMet');
    expect(c2.actions.map((a) => a.step)).toEqual([1, 2]);

    // The emitted changes reached the engines' own records: the property is the contact's now.
    expect(result.effects).toContainEqual(expect.objectContaining({kind: 'propertySet', contactId: 'c1', property: 'hs_lead_status', value: 'OPEN', source: 'workflow:wf-act'}));
    expect(result.effects).toContainEqual(expect.objectContaining({kind: 'createTask', contactId: 'c1', title: 'Call back', taskId: expect.stringContaining('/wf-act/c1/step1') as string}));
  });
});
