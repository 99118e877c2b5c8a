import {describe, expect, test} from 'vitest';
import {validateCriteria} from './validate';

const P = 'workflows[0].goal';

describe('validateCriteria', () => {
  test.each([
    ['WG-2 unknown operator names the op node', {all: [{property: 'a', op: 'eq', value: 1}, {property: 'b', op: 'equals', value: 1}]}, `${P}.all[1].op`, 'unknown operator "equals"'],
    ['WG-2 unknown event type is an error, not a silent false', {event: 'emailForwarded'}, `${P}.event`, 'unknown event type "emailForwarded"'],
    ['WG-2 a where field the event does not have', {event: 'formSubmitted', where: {emailId: 'x'}}, `${P}.where.emailId`, 'event "formSubmitted" has no field "emailId"'],
    ['WG-2 unknown key in a leaf', {property: 'a', op: 'eq', value: 1, negate: true}, `${P}.negate`, 'unknown key "negate"'],
    ['WG-2 no recognisable criterion', {foo: 1}, P, 'unknown criterion'],
    ['WG-3 "any" must be an array', {any: {property: 'a', op: 'known'}}, `${P}.any`, '"any" must be an array'],
    ['WG-3 an empty group is refused', {all: []}, `${P}.all`, 'at least one criterion'],
    ['WG-2 "in" needs a list', {property: 'country', op: 'in', value: 'FI'}, `${P}.value`, 'non-empty array'],
    ['WG-2 "known" takes no value', {property: 'phone', op: 'known', value: 1}, `${P}.value`, 'takes no value'],
    ['WG-2 count operator must be known', {event: 'pageViewed', count: {op: 'atLeast', value: 3}}, `${P}.count.op`, 'unknown count operator'],
    ['WG-2 count must be a whole number', {event: 'pageViewed', count: {op: 'gte', value: 2.5}}, `${P}.count.value`, 'whole number'],
    ['WG-2 withinDays must be positive', {event: 'pageViewed', withinDays: 0}, `${P}.withinDays`, '> 0'],
    ['WG-19 workflow state must be enrolled or goalMet', {workflow: 'wf1', state: 'finished'}, `${P}.state`, 'unknown workflow state'],
    ['WG-2 not of a non-object', {not: 3}, `${P}.not`, 'expected a criteria object'],
  ])('%s', (_name, node, path, message) => {
    const result = validateCriteria(node, P);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.path).toBe(path);
      expect(result.message).toContain(message);
    }
  });

  test.each([
    ['WG-4 OR groups of AND criteria', {any: [{all: [{property: 'lifecyclestage', op: 'eq', value: 'customer'}]}, {event: 'formSubmitted', where: {formId: 'demo'}, count: {op: 'gte', value: 2}, withinDays: 30}]}],
    ['WG-22 list membership', {not: {listMember: 'competitors'}}],
    ['WG-21 enrolled in a workflow', {workflow: 'wf1', state: 'enrolled'}],
  ])('%s is accepted unchanged', (_name, node) => {
    expect(validateCriteria(node, P)).toEqual({ok: true, criteria: node});
  });

  test('WG-19 a reference to an unknown list or workflow is an error when the known ids are given', () => {
    const refs = {lists: new Set(['competitors']), workflows: new Set(['wf1'])};
    expect(validateCriteria({listMember: 'employees'}, P, refs)).toMatchObject({ok: false, path: `${P}.listMember`, message: 'unknown list "employees"'});
    expect(validateCriteria({workflow: 'wf9', state: 'goalMet'}, P, refs)).toMatchObject({ok: false, path: `${P}.workflow`});
  });
});
