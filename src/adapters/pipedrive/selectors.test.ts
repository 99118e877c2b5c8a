/** Match counts per Pipedrive selector per fixture (refined-github's `_` twins, as a table). */
import {describe, expect, test} from 'vitest';
import {countAll, flattenSelectors, loadFixture} from '../shared/fixture';
import * as sel from './selectors';

const FIXTURES = ['organization', 'person', 'list', 'moved'] as const;
const selectors = flattenSelectors(sel);

// The organization fixture keeps a hidden cached view: unscoped headerTitle counts it too.
//                                   organization person list moved
const expected: Record<string, [number, number, number, number]> = {
  visibleView: [1, 1, 1, 1],
  headerTitle: [2, 0, 0, 0],
  headerTitleInput: [2, 0, 0, 0],
  leadTitle: [0, 0, 0, 0],
  personHeader: [0, 1, 0, 0],
  fieldName: [3, 4, 0, 0],
  activeStage: [0, 0, 0, 0],
  personLink: [3, 0, 2, 0],
  organizationLink: [0, 1, 2, 0],
  'sidebar[0]': [1, 0, 0, 0],
  'sidebar[1]': [1, 0, 0, 0],
  flow: [1, 0, 0, 0],
  flowItem: [5, 0, 0, 0],
  activityTypeIcon: [2, 0, 0, 0],
  activitySubject: [2, 0, 0, 0],
  activityNote: [1, 0, 0, 0],
  emailSubject: [1, 0, 0, 0],
  callOutcome: [1, 0, 0, 0],
  flowUser: [1, 0, 0, 0],
  flowTime: [2, 0, 0, 0],
  listRow: [0, 0, 3, 0],
  listCell: [0, 0, 4, 0],
};

describe('Pipedrive selectors per fixture', () => {
  test('IDEA-1 every Pipedrive selector is listed with its match counts', () => {
    expect(Object.keys(expected).sort()).toEqual(Object.keys(selectors).sort());
  });
  FIXTURES.forEach((name, i) => {
    test(`IDEA-1 Pipedrive selectors match as expected on fixture ${name}`, () => {
      const doc = loadFixture(new URL(`./fixtures/${name}.html`, import.meta.url), 'https://northwind.pipedrive.com/');
      const want = Object.fromEntries(Object.keys(selectors).map((k) => [k, expected[k]?.[i]]));
      expect(countAll(doc, selectors)).toEqual(want);
    });
  });
});
