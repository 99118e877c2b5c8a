/**
 * refined-github's `_` twins, as a table: for each selector, how many elements it matches on each
 * fixture. A CRM redesign that breaks a selector shows up here by name once a new fixture is saved.
 */
import {describe, expect, test} from 'vitest';
import {countAll, flattenSelectors, loadFixture} from '../shared/fixture';
import * as sel from './selectors';

const FIXTURES = ['company', 'contact', 'list', 'moved'] as const;
const selectors = {...flattenSelectors(sel), 'property(lifecyclestage)[1]': sel.property('lifecyclestage')[1], 'property(email)[0]': sel.property('email')[0]};

//                                         company contact list moved
const expected: Record<string, [number, number, number, number]> = {
  'rightSidebar[0]': [1, 1, 0, 0],
  'rightSidebar[1]': [1, 1, 0, 0],
  'highlightContent[0]': [1, 1, 0, 0],
  'highlightContent[1]': [1, 1, 0, 0],
  'highlightContent[2]': [0, 0, 0, 0],
  'recordTitle[0]': [1, 1, 0, 0],
  'recordTitle[1]': [1, 1, 0, 0],
  'recordTitle[2]': [0, 0, 0, 0],
  timeline: [1, 1, 0, 0],
  'timelineItem[0]': [6, 1, 0, 0],
  'timelineItem[1]': [0, 0, 0, 0],
  engagementId: [5, 1, 0, 0],
  'timelineHeading[0]': [0, 0, 0, 0],
  'timelineHeading[1]': [0, 0, 0, 0],
  'timelineHeading[2]': [11, 3, 0, 0],
  eventTimestamp: [6, 1, 0, 0],
  'timelineBody[0]': [2, 0, 0, 0],
  'timelineBody[1]': [0, 0, 0, 0],
  callOutcome: [1, 0, 0, 0],
  eventUser: [1, 0, 0, 0],
  associatedContacts: [1, 0, 0, 0],
  contactChicklet: [2, 0, 0, 0],
  companyChicklet: [0, 1, 0, 0],
  listRow: [0, 0, 3, 0],
  listNameCell: [0, 0, 3, 0],
  boardCard: [0, 0, 0, 0],
  boardCardLink: [0, 0, 0, 0],
  listContainer: [0, 0, 1, 0],
  'property(lifecyclestage)[1]': [1, 1, 0, 0],
  'property(email)[0]': [0, 1, 0, 0],
};

describe('HubSpot selectors per fixture', () => {
  test('IDEA-1 every HubSpot selector is listed with its match counts', () => {
    expect(Object.keys(expected).sort()).toEqual(Object.keys(selectors).sort());
  });
  FIXTURES.forEach((name, i) => {
    test(`IDEA-1 HubSpot selectors match as expected on fixture ${name}`, () => {
      const doc = loadFixture(new URL(`./fixtures/${name}.html`, import.meta.url), 'https://app.hubspot.com/');
      const counts = countAll(doc, selectors);
      const want = Object.fromEntries(Object.keys(selectors).map((k) => [k, expected[k]?.[i]]));
      expect(counts).toEqual(want);
    });
  });
});
