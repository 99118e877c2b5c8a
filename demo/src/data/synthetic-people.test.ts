import {expect, test} from 'vitest';
import {generateSeed} from '../seed';
import {PEOPLE_MAX, peopleCount, syntheticContacts} from './synthetic-people';

test('?people=N reads a whole number, capped; anything else is 0', () => {
  expect(peopleCount('?people=800')).toBe(800);
  expect(peopleCount('?people=999999')).toBe(PEOPLE_MAX);
  expect(peopleCount('?people=-1')).toBe(0);
  expect(peopleCount('?people=1e3')).toBe(0);
  expect(peopleCount('')).toBe(0);
});

test('synthetic contacts are deterministic, unique and belong to seeded companies', () => {
  const {companies, contacts} = generateSeed();
  const made = syntheticContacts(companies, 800);
  expect(made).toEqual(syntheticContacts(companies, 800));
  const ids = new Set([...contacts, ...made].map((c) => c.id));
  expect(ids.size).toBe(contacts.length + 800);
  expect(made.every((c) => companies.some((co) => co.id === c.companyId))).toBe(true);
});
