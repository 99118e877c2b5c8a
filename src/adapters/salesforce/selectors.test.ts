/** Match counts per Salesforce selector per fixture (refined-github's `_` twins, as a table). */
import {describe, expect, test} from 'vitest';
import {countAll, flattenSelectors, loadFixture} from '../shared/fixture';
import * as sel from './selectors';

const FIXTURES = ['account', 'contact', 'list', 'moved'] as const;
const selectors = {...flattenSelectors(sel), 'fieldByApiName(Contact.Email)': sel.fieldByApiName('Contact', 'Email')};

// The account fixture keeps a hidden cached record: unscoped selectors count it too (2 highlights).
//                                         account contact list moved
const expected: Record<string, [number, number, number, number]> = {
  'activeView[0]': [1, 1, 1, 1],
  'activeView[1]': [1, 0, 0, 0],
  'highlights[0]': [2, 1, 0, 0],
  'highlights[1]': [2, 1, 0, 0],
  'highlights[2]': [0, 0, 0, 0],
  'highlights[3]': [0, 0, 0, 0],
  'recordTitle[0]': [0, 1, 0, 0],
  'recordTitle[1]': [2, 0, 0, 0],
  'recordTitle[2]': [0, 1, 0, 0],
  'recordTitle[3]': [1, 0, 0, 0],
  'recordTitle[4]': [0, 0, 0, 0],
  'headerField[0]': [3, 1, 0, 0],
  'headerField[1]': [0, 0, 0, 0],
  headerFieldLabel: [5, 1, 0, 0],
  headerFieldValue: [3, 1, 0, 0],
  'fieldValue[0]': [1, 3, 0, 0],
  'fieldValue[1]': [1, 0, 0, 0],
  lookupLink: [10, 2, 2, 0],
  'relatedListCard[0]': [2, 0, 0, 0],
  'relatedListCard[1]': [0, 0, 0, 0],
  relatedListTitle: [2, 0, 0, 0],
  relatedListRow: [3, 0, 2, 0],
  'activityPanel[0]': [1, 0, 0, 0],
  timelineItem: [4, 0, 0, 0],
  timelineDate: [3, 0, 0, 0],
  timelineDetails: [1, 0, 0, 0],
  detailLabel: [5, 1, 0, 0],
  listRow: [0, 0, 2, 0],
  listRecordLink: [2, 0, 2, 0],
  listNameCell: [2, 0, 2, 0],
  'fieldByApiName(Contact.Email)': [0, 1, 0, 0],
};

describe('Salesforce selectors per fixture', () => {
  test('IDEA-1 every Salesforce selector is listed with its match counts', () => {
    expect(Object.keys(expected).sort()).toEqual(Object.keys(selectors).sort());
  });
  FIXTURES.forEach((name, i) => {
    test(`IDEA-1 Salesforce selectors match as expected on fixture ${name}`, () => {
      const doc = loadFixture(new URL(`./fixtures/${name}.html`, import.meta.url), 'https://acme.lightning.force.com/');
      const want = Object.fromEntries(Object.keys(selectors).map((k) => [k, expected[k]?.[i]]));
      expect(countAll(doc, selectors)).toEqual(want);
    });
  });
});
