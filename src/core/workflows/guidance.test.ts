import {describe, expect, test} from 'vitest';
import type {Criteria, WorkflowStep} from '../model';
import {goalMetFilter, goalWarnings, workflowGoalError} from './guidance';
import {weeklySeries} from './output';

const email: WorkflowStep = {type: 'sendMarketingEmail', emailId: 'e', internal: false};
const task: WorkflowStep = {type: 'createTask', title: 't'};
const opens: Criteria = {any: [{event: 'emailOpened', count: {op: 'gte', value: 2}}, {property: 'lifecyclestage', op: 'eq', value: 'customer'}]};
const clicks: Criteria = {event: 'emailClicked'};

describe('goal editor guidance', () => {
  test.each([
    ['WG-25 a goal on email opens warns about mail privacy and suggests clicks or replies', opens, [email], ['WG-25']],
    ['WG-26 a goal on a workflow without marketing email recommends a suppression list', clicks, [task], ['WG-26']],
    ['WG-26 an internal email is no marketing email', clicks, [{...email, internal: true}], ['WG-26']],
    ['WG-25 WG-26 both at once', opens, [task], ['WG-25', 'WG-26']],
    ['WG-25 clicks on an emailing workflow need no warning', clicks, [email], []],
  ])('%s', (_name, goal, steps, rules) => {
    expect(goalWarnings({goal, steps, objectType: 'contact'}).map((w) => w.rule)).toEqual(rules);
  });

  test('WG-25 the warning says why and what to use instead', () => {
    expect(goalWarnings({goal: opens, steps: [email], objectType: 'contact'})[0].message).toMatch(/privacy.*clicks or replies/s);
  });

  test('WG-1 a goal on a deal-based workflow is a validation error naming the goal', () => {
    expect(workflowGoalError({goal: clicks, objectType: 'deal'}, 'workflows[2]')).toEqual({
      path: 'workflows[2].goal',
      message: 'WG-1: a goal can be set only on a contact-based workflow, not a deal-based one',
    });
    expect(workflowGoalError({goal: null, objectType: 'deal'}, 'workflows[2]')).toBeNull();
  });

  test.each([
    ['WG-19 an emailing workflow offers "met goal of W"', [email], {workflow: 'w', state: 'goalMet'}],
    ['WG-21 (open point: default enrolled = ever enrolled) a workflow without email offers "enrolled in W AND W\'s goal"', [task], {all: [{workflow: 'w', state: 'enrolled'}, clicks]}],
  ])('%s', (_name, steps, expected) => {
    expect(goalMetFilter({id: 'w', goal: clicks, steps})).toEqual(expected);
  });

  test('WG-15 the weekly trend folds days into ISO weeks starting Monday', () => {
    expect(weeklySeries({'2026-01-05': 1, '2026-01-11': 2, '2026-01-12': 4})).toEqual({'2026-01-05': 3, '2026-01-12': 4});
  });
});
