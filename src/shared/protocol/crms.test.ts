import {describe, expect, test, vi} from 'vitest';
import {createFakeBrowser} from '../../../tests/unit/fake-browser';
import {features} from '../../content/features';
import {FEATURE_IDS} from './crms';

vi.mock('../browser', () => ({default: createFakeBrowser()}));

describe('kill switches', () => {
  test('every content feature can be switched off from the options page', () => {
    expect([...FEATURE_IDS].sort()).toEqual(features.map((f) => f.id).sort());
  });
});
