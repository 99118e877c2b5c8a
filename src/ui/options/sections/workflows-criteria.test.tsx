// @vitest-environment happy-dom
import {render} from 'preact';
import {useState} from 'preact/hooks';
import {act} from 'preact/test-utils';
import {afterEach, describe, expect, test} from 'vitest';
import type {Criteria} from '../../../core/model';
import {CriteriaBuilder, criteriaToGroups, groupsToCriteria, type Groups} from './workflows-criteria';

const roundTrip = (tree: Criteria | null) => {
  const groups = criteriaToGroups(tree);
  expect(groups).not.toBeNull();
  return groupsToCriteria(groups!);
};

describe('criteria builder round trip (WG-3/WG-4)', () => {
  test('an OR of ANDs over every condition kind comes back unchanged', () => {
    const tree: Criteria = {
      any: [
        {all: [{property: 'lifecyclestage', op: 'eq', value: 'lead'}, {property: 'country', op: 'in', value: ['FI', 'SE']}, {property: 'phone', op: 'known'}]},
        {all: [{event: 'callLogged', where: {outcome: 'connected'}, count: {op: 'gte', value: 2}, withinDays: 30}, {listMember: 'vip'}]},
        {all: [{workflow: 'onboarding', state: 'goalMet'}, {property: 'score', op: 'gt', value: 10}, {property: 'optedIn', op: 'eq', value: true}]},
      ],
    };
    expect(roundTrip(tree)).toEqual(tree);
  });

  test('a single leaf or a single AND is normalised to one OR group; no criteria stays null', () => {
    expect(roundTrip({event: 'formSubmitted'})).toEqual({any: [{all: [{event: 'formSubmitted'}]}]});
    expect(roundTrip({all: [{listMember: 'a'}, {listMember: 'b'}]})).toEqual({any: [{all: [{listMember: 'a'}, {listMember: 'b'}]}]});
    expect(criteriaToGroups(null)).toEqual([]);
    expect(groupsToCriteria([])).toBeNull();
    expect(groupsToCriteria([[], []])).toBeNull();
  });

  test('trees the builder cannot draw (not, nested any, count other than at least) fall back to JSON editing', () => {
    expect(criteriaToGroups({not: {listMember: 'x'}} as Criteria)).toBeNull();
    expect(criteriaToGroups({any: [{all: [{any: [{listMember: 'x'}]}]}]} as Criteria)).toBeNull();
    expect(criteriaToGroups({event: 'callLogged', count: {op: 'eq', value: 2}} as Criteria)).toBeNull();
    expect(criteriaToGroups({event: 'callLogged', where: {outcome: 'connected', userId: 'u1'}} as Criteria)).toBeNull();
  });
});

describe('criteria builder component', () => {
  let root: HTMLElement | undefined;
  afterEach(() => {
    if (root) render(null, root);
    root?.remove();
  });

  function mount(initial: Groups) {
    const state = {latest: initial};
    function Harness() {
      const [groups, setGroups] = useState(initial);
      state.latest = groups;
      return <CriteriaBuilder legend="Goal" idBase="wg-goal" groups={groups} onChange={setGroups} lists={['vip']} workflows={['other']} />;
    }
    root = document.createElement('div');
    document.body.append(root);
    act(() => render(<Harness />, root!));
    return state;
  }
  const labelled = (text: string) => {
    const label = [...root!.querySelectorAll('label')].find((l) => l.textContent === text);
    expect(label, `label "${text}"`).toBeDefined();
    const control = root!.querySelector<HTMLSelectElement & HTMLInputElement>(`#${label!.htmlFor}`);
    expect(control, `control for "${text}"`).not.toBeNull();
    return control!;
  };

  test('every control has an explicit <label for> with unique ids; editing through them builds the tree', () => {
    const state = mount(criteriaToGroups({event: 'callLogged'})!);
    const ids = [...root!.querySelectorAll('select, input')].map((el) => el.id);
    expect(ids.every((id) => id !== '')).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const label of root!.querySelectorAll('label')) expect(label.querySelector('select, input')).toBeNull();

    const where = labelled('Where field');
    act(() => {
      where.value = 'outcome';
      where.dispatchEvent(new Event('change', {bubbles: true}));
    });
    const equals = labelled('equals');
    act(() => {
      equals.value = 'connected';
      equals.dispatchEvent(new Event('input', {bubbles: true}));
    });
    expect(groupsToCriteria(state.latest)).toEqual({any: [{all: [{event: 'callLogged', where: {outcome: 'connected'}}]}]});

    const kind = labelled('Condition');
    act(() => {
      kind.value = 'list';
      kind.dispatchEvent(new Event('change', {bubbles: true}));
    });
    expect(labelled('List').value).toBe('vip');
    expect(groupsToCriteria(state.latest)).toEqual({any: [{all: [{listMember: 'vip'}]}]});
  });
});
