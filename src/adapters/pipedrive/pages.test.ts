import {describe, expect, test} from 'vitest';
import {crossCheck} from '../shared/cross-check';
import * as pages from './pages';
import {cases, unrelated} from './pages.cases';

describe('Pipedrive URL predicates', () => {
  test('IDEA-1 each Pipedrive page predicate matches its own URLs and no other', () => {
    expect(crossCheck(pages, cases, unrelated)).toEqual([]);
  });
});
