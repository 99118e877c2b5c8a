/** The whole seed, built from one number: the same number always gives the same CRM. */
import type {Db} from '../data/types';
import {seedActivities} from './activities';
import {seedCompanies, seedContacts, TEAMS, USERS} from './people';
import {seedDeals, seedLeads} from './pipeline';
import {createRng} from './prng';

export const SEED = 20261120;
export const SEED_COUNTS = {companies: 30, contacts: 200, deals: 60, leads: 40} as const;

export function generateSeed(seed: number = SEED): Db {
  const rng = createRng(seed);
  const companies = seedCompanies(rng);
  const contacts = seedContacts(rng, companies, SEED_COUNTS.contacts);
  const deals = seedDeals(rng, companies, contacts, SEED_COUNTS.deals);
  const leads = seedLeads(rng, companies, contacts, SEED_COUNTS.leads);
  const activities = seedActivities(rng, {companies, contacts, deals, leads});
  return {teams: structuredClone(TEAMS), users: structuredClone(USERS), companies, contacts, deals, leads, activities};
}

export {SEED_NOW} from './time';
