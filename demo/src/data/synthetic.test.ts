import {describe, expect, test} from 'vitest';
import {generateSeed} from '../seed';
import {SYNTHETIC_MAX, syntheticActivities, syntheticCount} from './synthetic';

describe('synthetic timelines (?synthetic=N)', () => {
  const seed = generateSeed();
  const users = seed.users.map((u) => u.id);

  test('N per company, stable distinct ids, the same on every call', () => {
    const a = syntheticActivities(seed.companies, seed.contacts, users, 50);
    expect(a).toHaveLength(50 * seed.companies.length);
    expect(new Set(a.map((x) => x.id)).size).toBe(a.length);
    expect(syntheticActivities(seed.companies, seed.contacts, users, 50)).toEqual(a);
    expect(a[0].id).toBe(`syn-${seed.companies[0].id}-000001`);
    // Each activity belongs to its company, and its contact is one of that company's.
    for (const x of a.slice(0, 200)) {
      expect(x.companyId).toBeDefined();
      if (x.contactId) expect(seed.contacts.find((c) => c.id === x.contactId)?.companyId).toBe(x.companyId);
      expect(seed.activities.some((s) => s.id === x.id)).toBe(false);
    }
  });

  test('the query: absent, malformed or negative is 0; large is capped', () => {
    expect(syntheticCount('')).toBe(0);
    expect(syntheticCount('?synthetic=abc')).toBe(0);
    expect(syntheticCount('?synthetic=-5')).toBe(0);
    expect(syntheticCount('?synthetic=334&reset=1')).toBe(334);
    expect(syntheticCount('?synthetic=999999')).toBe(SYNTHETIC_MAX);
  });
});
