/**
 * With no workflows the engine keeps no per-contact facts (nothing reads them); the first workflow is a
 * rules change, and the host then rebuilds from the log, so that workflow still sees the whole history.
 */
import {describe, expect, test} from 'vitest';
import type {ScenarioEvent, Workflow, World} from '../model';
import {createEngines, EngineRunner} from '../scenario/run';
import {createWorkflowEngine} from './engine';

const T = Date.parse('2026-01-01T09:00:00Z');
const world = (workflows: Workflow[]): World => ({
  now: T, fiscalYearStartMonth: 1, users: [], companies: [], deals: [], leads: [], adMetrics: [], adGoals: [], events: [], lists: [], workflows,
  contacts: [],
});
const form = (i: number): ScenarioEvent => ({id: `f${i}`, at: T + i * 1000, type: 'formSubmitted', contactId: `c${i % 3}`, formId: 'demo'});
const events = Array.from({length: 30}, (_, i) => form(i));
const enrolOnForm: Workflow = {
  id: 'wf1', objectType: 'contact', enrollment: {event: 'formSubmitted'}, goal: null, suppressionLists: [], unenrollWhenTriggerNoLongerMet: false,
  steps: [{type: 'notify', message: 'hello'}],
};

describe('workflows engine without workflows', () => {
  test('folds no facts into its snapshot when there are no workflows', () => {
    const engine = createWorkflowEngine(world([]));
    for (const e of events) engine.apply(e);
    expect(engine.snapshot().facts.size).toBe(0);
    expect(engine.output().workflows).toEqual({});
  });

  test('the first workflow, replayed over the same log, enrols every contact the history qualifies', () => {
    const runner = new EngineRunner(createEngines(world([enrolOnForm])));
    for (const e of events) runner.apply(e);
    const out = runner.output() as {workflows: Record<string, {enrolled: number}>};
    expect(out.workflows.wf1.enrolled).toBe(3);
  });
});
