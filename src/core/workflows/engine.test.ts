import {describe, expect, test} from 'vitest';
import type {Effect, ScenarioEvent, TrailEntry, Workflow, World} from '../model';
import {createWorkflowEngine, type WorkflowEngine} from './engine';

const T = (iso: string) => Date.parse(iso);
const DAY1 = T('2026-01-01T09:00:00Z');

function workflow(over: Partial<Workflow> = {}): Workflow {
  return {
    id: 'wf1',
    objectType: 'contact',
    enrollment: {property: 'lifecyclestage', op: 'eq', value: 'lead'},
    goal: {property: 'lifecyclestage', op: 'eq', value: 'customer'},
    suppressionLists: [],
    unenrollWhenTriggerNoLongerMet: false,
    steps: [
      {type: 'sendMarketingEmail', emailId: 'welcome', internal: false},
      {type: 'delay', hours: 48},
      {type: 'sendMarketingEmail', emailId: 'followup', internal: false},
    ],
    ...over,
  };
}

function world(workflows: Workflow[], contacts = ['c1', 'c2']): World {
  return {
    now: T('2026-01-31T00:00:00Z'), fiscalYearStartMonth: 1, users: [], companies: [], deals: [], leads: [], adMetrics: [], adGoals: [], events: [],
    contacts: contacts.map((id) => ({id, companyIds: [], properties: {lifecyclestage: 'lead'}, buyingRoles: [], lawfulBasis: true})),
    lists: [{id: 'competitors', contactIds: []}],
    workflows,
  };
}

const stage = (id: string, at: number, contactId: string, value: string): ScenarioEvent => ({id, at, type: 'propertyChanged', contactId, property: 'lifecyclestage', value});

/** Drive the engine as the runner does, feeding emitted events back. */
function drive(engine: WorkflowEngine, events: ScenarioEvent[], until?: number): {effects: Effect[]; trail: TrailEntry[]} {
  const effects: Effect[] = [];
  const trail: TrailEntry[] = [];
  const collect = (r: {effects: Effect[]; trail: TrailEntry[]}) => {
    trail.push(...r.trail);
    for (const e of r.effects) {
      effects.push(e);
      if (e.kind === 'emit') collect(engine.apply(e.event));
    }
  };
  for (const event of events) {
    collect(engine.advanceTo(event.at));
    collect(engine.apply(event));
  }
  if (until !== undefined) collect(engine.advanceTo(until));
  return {effects, trail};
}

describe('workflow engine', () => {
  test('WG-6 snapshot: an engine re-created from a snapshot mid-delay continues exactly where the old one stopped', () => {
    const events = [stage('e1', DAY1, 'c1', 'customer'), stage('e2', T('2026-01-05T00:00:00Z'), 'c2', 'customer')];
    const straight = createWorkflowEngine(world([workflow()]));
    drive(straight, events, T('2026-01-31T00:00:00Z'));

    const first = createWorkflowEngine(world([workflow()]));
    drive(first, events.slice(0, 1));
    const snap = first.snapshot();
    expect(structuredClone(snap)).toEqual(snap);
    const second = createWorkflowEngine(world([workflow()]), snap);
    drive(second, events.slice(1), T('2026-01-31T00:00:00Z'));
    expect(second.output()).toEqual(straight.output());
    expect(second.output().workflows.wf1).toMatchObject({goalMet: 2, goalMetCounted: 2, completed: 0, unenrolled: {goal: 1}});
  });

  test('WG-6 steps leave as effects: a marketing email, a task (also emitted for other rule sets) with an id derived from its cause', () => {
    const wf = workflow({steps: [{type: 'sendMarketingEmail', emailId: 'welcome', internal: false}, {type: 'createTask', title: 'Call'}, {type: 'webhook', url: 'https://example.test/h'}]});
    const engine = createWorkflowEngine(world([wf], []));
    const {effects} = drive(engine, [{id: 'm1', at: DAY1, type: 'enrolledManually', workflowId: 'wf1', contactId: 'c9'}]);
    expect(effects).toContainEqual({kind: 'marketingEmailSent', workflowId: 'wf1', contactId: 'c9', emailId: 'welcome'});
    // The task carries its emitted id and time, so the background's local task record is written once.
    expect(effects).toContainEqual({kind: 'createTask', title: 'Call', contactId: 'c9', source: 'workflow:wf1', taskId: 'm1/wf1/c9/step2', at: DAY1});
    expect(effects).toContainEqual({kind: 'emit', event: {id: 'm1/wf1/c9/step2', at: DAY1, type: 'taskCreated', taskId: 'm1/wf1/c9/step2', contactId: 'c9'}});
    expect(effects.find((e) => e.kind === 'webhook')).toMatchObject({idempotencyKey: 'm1/wf1/c9/step3'});
  });

  test('WG-6 a setProperty step whose emitted event never comes back still continues at the next advance', () => {
    const wf = workflow({steps: [{type: 'setProperty', property: 'score', value: 5}, {type: 'sendMarketingEmail', emailId: 'welcome', internal: false}]});
    const engine = createWorkflowEngine(world([wf], ['c1']));
    const first = engine.advanceTo(DAY1);
    // The change leaves as an event for the rule sets and as a propertySet for the local contact record.
    expect(first.effects).toEqual([
      expect.objectContaining({kind: 'emit'}),
      {kind: 'propertySet', contactId: 'c1', property: 'score', value: 5, source: 'workflow:wf1', eventId: expect.stringMatching(/\/wf1\/c1\/step1$/) as string, at: DAY1},
    ]);
    expect(engine.output().enrollments.wf1.c1.stepsRun).toEqual(['setProperty:score']);
    engine.advanceTo(DAY1 + 1);
    expect(engine.output().enrollments.wf1.c1).toMatchObject({status: 'completed', stepsRun: ['setProperty:score', 'sendMarketingEmail:welcome']});
  });

  test('WG-17 IDEA-4 a goalResetRestored event brings back the figures a goal reset wiped; a second one changes nothing', () => {
    const engine = createWorkflowEngine(world([workflow()]));
    drive(engine, [stage('e1', DAY1, 'c1', 'customer'), {id: 'g1', at: T('2026-01-10T00:00:00Z'), type: 'goalChanged', workflowId: 'wf1', goal: null}], T('2026-01-11T00:00:00Z'));
    expect(engine.output().workflows.wf1).toMatchObject({goalMet: 0, goalMetCounted: 0, conversionRate: 0});
    expect(engine.goalResets('wf1')).toMatchObject([{goalMet: 1, goalMetCounted: 1, conversionRate: 0.5, countedContactIds: ['c1']}]);
    const {trail} = drive(engine, [{id: 'r1', at: T('2026-01-12T00:00:00Z'), type: 'goalResetRestored', workflowId: 'wf1'}]);
    expect(trail).toEqual([expect.objectContaining({rule: 'IDEA-4', subject: 'workflow:wf1', eventId: 'r1', message: expect.stringContaining('restored the goal figures')})]);
    expect(engine.output().workflows.wf1).toMatchObject({goalMet: 1, goalMetCounted: 1, conversionRate: 0.5, countedByDay: {'2026-01-03': 1}, goalResets: [{restored: true}]});
    expect(engine.output().enrollments.wf1.c1.counted).toBe(true);
    expect(engine.definitions()[0].goal).toBeNull();

    const again = drive(engine, [{id: 'r2', at: T('2026-01-13T00:00:00Z'), type: 'goalResetRestored', workflowId: 'wf1', index: 0}]);
    expect(again.trail).toEqual([expect.objectContaining({rule: 'IDEA-4', eventId: 'r2', message: expect.stringContaining('nothing restored')})]);
    expect(engine.output().workflows.wf1).toMatchObject({goalMet: 1, goalMetCounted: 1});
  });

  test('WG-18 definitions() gives the workflows as run now, goal edits included, without copying the state', () => {
    const engine = createWorkflowEngine(world([workflow()]));
    const goal = {property: 'lifecyclestage', op: 'eq', value: 'opportunity'} as const;
    drive(engine, [{id: 'g1', at: DAY1, type: 'goalChanged', workflowId: 'wf1', goal}]);
    expect(engine.definitions().map((d) => [d.id, d.goal])).toEqual([['wf1', goal]]);
    expect(engine.definitions()[0]).toBe(engine.definitions()[0]);
  });

  test('WG-1 a goal change on a company-based workflow is refused with a trail entry', () => {
    const engine = createWorkflowEngine(world([workflow({id: 'co', objectType: 'company', goal: null})]));
    const {trail} = drive(engine, [{id: 'g1', at: DAY1, type: 'goalChanged', workflowId: 'co', goal: {event: 'pageViewed'}}]);
    expect(trail).toContainEqual(expect.objectContaining({rule: 'WG-1', eventId: 'g1'}));
    expect(engine.output().enrollments.co).toEqual({});
  });

  test('IDEA-2 every decision leaves a trail entry naming the rule, the event and the criterion', () => {
    const engine = createWorkflowEngine(world([workflow()], ['c1']));
    const {trail} = drive(engine, [stage('e1', DAY1, 'c1', 'customer')], T('2026-01-04T00:00:00Z'));
    expect(trail.map((t) => t.rule)).toEqual(['WG-5', 'WG-6', 'WG-6', 'WG-6']);
    expect(trail[0]).toMatchObject({subject: 'workflow:wf1/contact:c1', criterion: 'lifecyclestage eq lead'});
    expect(trail[3]).toMatchObject({criterion: 'lifecyclestage eq customer', message: expect.stringContaining('counted in the conversion rate')});
  });

  test('WG-24 a suppression list added while enrolled stops the contact at its next step, with the list named', () => {
    const engine = createWorkflowEngine(world([workflow({suppressionLists: ['competitors']})], ['c1']));
    const {trail} = drive(engine, [{id: 'l1', at: DAY1, type: 'listChanged', listId: 'competitors', contactId: 'c1', member: true}], T('2026-01-04T00:00:00Z'));
    expect(trail.at(-1)).toMatchObject({rule: 'WG-24', criterion: 'listMember competitors'});
    expect(engine.output().enrollments.wf1.c1).toMatchObject({status: 'unenrolled', reason: 'suppression', stepsRun: ['sendMarketingEmail:welcome', 'delay:48h']});
  });

  test('WG-13 a contact enrolls in a workflow once: a second manual enrollment is refused and the denominator stays distinct contacts (open point: default distinct contacts)', () => {
    const engine = createWorkflowEngine(world([workflow({enrollment: null})], ['c1']));
    const {trail} = drive(engine, [
      {id: 'm1', at: DAY1, type: 'enrolledManually', workflowId: 'wf1', contactId: 'c1'},
      {id: 'm2', at: DAY1 + 1000, type: 'enrolledManually', workflowId: 'wf1', contactId: 'c1'},
    ]);
    expect(trail.at(-1)).toMatchObject({rule: 'WG-13', eventId: 'm2'});
    expect(engine.output().workflows.wf1.enrolled).toBe(1);
  });
});
