import {describe, expect, test} from 'vitest';
import type {Criteria} from '../model';
import {compileCriteria, type EvalEnv} from './compile';
import {criteriaDeps} from './deps';
import {newFacts, recordEvent, type ContactFacts} from './facts';
import {DAY_MS} from './vocabulary';

const NOW = Date.parse('2026-02-01T00:00:00Z');
const env = (over: Partial<EvalEnv> = {}): EvalEnv => ({now: NOW, lists: new Map([['competitors', new Set(['c1'])]]), workflowState: () => false, ...over});

function contact(): ContactFacts {
  const f = newFacts({lifecyclestage: 'customer', country: 'FI', employees: '120', phone: '', closedate: '2026-01-15'});
  for (const daysAgo of [40, 20, 10, 1]) recordEvent(f, 'pageViewed', NOW - daysAgo * DAY_MS, {});
  recordEvent(f, 'formSubmitted', NOW - 5 * DAY_MS, {formId: 'demo'});
  recordEvent(f, 'formSubmitted', NOW - 50 * DAY_MS, {formId: 'demo'});
  recordEvent(f, 'formSubmitted', NOW - 2 * DAY_MS, {formId: 'pricing'});
  return f;
}

describe('compiled criteria', () => {
  test.each<[string, Criteria, boolean]>([
    ['WG-2 lifecycle stage becomes customer (eq)', {property: 'lifecyclestage', op: 'eq', value: 'customer'}, true],
    ['WG-2 neq', {property: 'lifecyclestage', op: 'neq', value: 'customer'}, false],
    ['WG-2 in', {property: 'country', op: 'in', value: ['SE', 'FI']}, true],
    ['WG-2 notIn', {property: 'country', op: 'notIn', value: ['SE', 'FI']}, false],
    ['WG-2 gt compares captured number text as a number', {property: 'employees', op: 'gt', value: 99}, true],
    ['WG-2 lte on a number', {property: 'employees', op: 'lte', value: 100}, false],
    ['WG-2 gte on an ISO date', {property: 'closedate', op: 'gte', value: '2026-01-01'}, true],
    ['WG-2 contains ignores case', {property: 'country', op: 'contains', value: 'fi'}, true],
    ['WG-2 an empty value is unknown', {property: 'phone', op: 'unknown'}, true],
    ['WG-2 known', {property: 'country', op: 'known'}, true],
    ['WG-2 a missing property is unknown, so eq is false', {property: 'industry', op: 'eq', value: 'x'}, false],
    ['WG-2 submitted form F (count defaults to >= 1)', {event: 'formSubmitted', where: {formId: 'demo'}}, true],
    ['WG-2 at least N page views within a window counts only the window', {event: 'pageViewed', count: {op: 'gte', value: 3}, withinDays: 30}, true],
    ['WG-2 the window excludes older views', {event: 'pageViewed', count: {op: 'gte', value: 4}, withinDays: 30}, false],
    ['WG-2 where and window together', {event: 'formSubmitted', where: {formId: 'demo'}, count: {op: 'eq', value: 1}, withinDays: 30}, true],
    ['WG-2 an event never seen counts 0', {event: 'emailClicked', count: {op: 'eq', value: 0}}, true],
    ['WG-22 list membership', {listMember: 'competitors'}, true],
    ['WG-4 any of all-groups: one group true is enough', {any: [{all: [{property: 'country', op: 'eq', value: 'SE'}]}, {all: [{property: 'country', op: 'eq', value: 'FI'}, {event: 'pageViewed'}]}]}, true],
    ['WG-4 all needs every criterion', {all: [{property: 'country', op: 'eq', value: 'FI'}, {event: 'emailReplied'}]}, false],
    ['WG-3 not', {not: {listMember: 'competitors'}}, false],
  ])('%s', (_name, criteria, expected) => {
    expect(compileCriteria(criteria).test(contact(), 'c1', env())).toBe(expected);
  });

  test('WG-2 a where filter first used after the events arrived is built from history, then kept current', () => {
    const f = contact();
    const demoTwice: Criteria = {event: 'formSubmitted', where: {formId: 'demo'}, count: {op: 'gte', value: 3}};
    expect(compileCriteria(demoTwice).test(f, 'c1', env())).toBe(false);
    recordEvent(f, 'formSubmitted', NOW, {formId: 'demo'});
    expect(compileCriteria(demoTwice).test(f, 'c1', env())).toBe(true);
  });

  test('WG-19 workflow conditions ask the engine', () => {
    const asked: string[] = [];
    const e = env({workflowState: (wf, state, id) => (asked.push(`${wf}/${state}/${id}`), true)});
    expect(compileCriteria({workflow: 'wf1', state: 'goalMet'}).test(contact(), 'c1', e)).toBe(true);
    expect(asked).toEqual(['wf1/goalMet/c1']);
  });

  test.each<[string, Criteria, string[] | null]>([
    ['IDEA-2 explain names the leaf that matched', {property: 'lifecyclestage', op: 'eq', value: 'customer'}, ['lifecyclestage eq customer']],
    ['IDEA-2 explain of an OR names the first true group', {any: [{event: 'emailReplied'}, {all: [{property: 'country', op: 'in', value: ['FI']}, {event: 'pageViewed', count: {op: 'gte', value: 2}, withinDays: 30}]}]}, ['country in [FI]', 'pageViewed count gte 2 within 30 days']],
    ['IDEA-2 explain of a false criterion is null', {event: 'emailReplied'}, null],
    ['IDEA-2 explain of not', {not: {event: 'emailReplied'}}, ['not emailReplied']],
  ])('%s', (_name, criteria, expected) => {
    expect(compileCriteria(criteria).explain(contact(), 'c1', env())).toEqual(expected);
  });

  test('DESIGN incremental: dependencies name every property, event, list and workflow a criterion reads', () => {
    const deps = criteriaDeps({any: [{property: 'a', op: 'known'}, {not: {event: 'pageViewed', withinDays: 7}}, {all: [{listMember: 'l1'}, {workflow: 'wf2', state: 'goalMet'}]}]});
    expect([...deps.properties]).toEqual(['a']);
    expect([...deps.events]).toEqual(['pageViewed']);
    expect([...deps.lists]).toEqual(['l1']);
    expect([...deps.workflows]).toEqual(['wf2']);
    expect(deps.timed).toBe(true);
  });
});
