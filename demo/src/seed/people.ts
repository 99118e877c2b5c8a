/** Seeds the people side of the CRM: teams, reps, companies and their contacts. */
import type {BuyingRole, Company, Contact, LifecycleStage, Team, User} from '../data/types';
import {asciiFold, COMPANIES, JOB_TITLES, NAMES} from './names';
import type {Rng} from './prng';

export const TEAMS: Team[] = [
  {id: 'team-nordics', name: 'Nordics'},
  {id: 'team-poland', name: 'Poland'},
];

export const USERS: User[] = [
  {id: 'u-01', name: 'Maria Nieminen', email: 'maria.nieminen@northwind.example', teamId: 'team-nordics'},
  {id: 'u-02', name: 'Jonas Lindberg', email: 'jonas.lindberg@northwind.example', teamId: 'team-nordics'},
  {id: 'u-03', name: 'Freja Dahl', email: 'freja.dahl@northwind.example', teamId: 'team-nordics'},
  {id: 'u-04', name: 'Katarzyna Wrona', email: 'katarzyna.wrona@northwind.example', teamId: 'team-poland'},
  {id: 'u-05', name: 'Piotr Sadowski', email: 'piotr.sadowski@northwind.example', teamId: 'team-poland'},
  {id: 'u-06', name: 'Anna Jaworska', email: 'anna.jaworska@northwind.example', teamId: 'team-poland'},
];

const COMPANY_STAGES: Array<[LifecycleStage, number]> = [
  ['subscriber', 2], ['lead', 5], ['marketingqualifiedlead', 3], ['salesqualifiedlead', 3],
  ['opportunity', 6], ['customer', 8], ['evangelist', 2],
];

export const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export function seedCompanies(rng: Rng): Company[] {
  return COMPANIES.map((base, i) => {
    const team = base.country === 'PL' ? 'team-poland' : 'team-nordics';
    return {
      id: `co-${pad(i + 1, 3)}`,
      ...base,
      employees: rng.pick([25, 40, 60, 85, 120, 180, 250, 400, 650, 900, 1400, 2500]),
      ownerId: rng.pick(USERS.filter((u) => u.teamId === team)).id,
      lifecycleStage: rng.weighted(COMPANY_STAGES),
      targetAccount: rng.chance(0.3),
    };
  });
}

function buyingRolesFor(rng: Rng, senior: boolean): BuyingRole[] {
  if (rng.chance(0.22)) return [];
  const primary: BuyingRole = senior
    ? rng.weighted<BuyingRole>([['decisionMaker', 5], ['budgetHolder', 4], ['blocker', 1]])
    : rng.weighted<BuyingRole>([['champion', 3], ['influencer', 4], ['endUser', 5], ['blocker', 1]]);
  // A blocker is nobody's champion: blockers keep the one role.
  if (primary === 'blocker') return [primary];
  const roles = new Set<BuyingRole>([primary]);
  if (rng.chance(0.35)) roles.add(senior ? rng.pick<BuyingRole>(['budgetHolder', 'champion', 'decisionMaker']) : rng.pick<BuyingRole>(['champion', 'influencer', 'endUser']));
  if (rng.chance(0.1)) roles.add('influencer');
  return [...roles];
}

export function seedContacts(rng: Rng, companies: Company[], count: number): Contact[] {
  const usedEmails = new Set<string>();
  const contacts: Contact[] = [];
  for (let i = 0; i < count; i++) {
    // The first pass gives every company at least three contacts; the rest land anywhere.
    const company = i < companies.length * 3 ? companies[i % companies.length] : rng.pick(companies);
    const pool = NAMES[company.country as keyof typeof NAMES];
    const female = rng.chance(0.5);
    const firstName = rng.pick(female ? pool.female : pool.male);
    const lastName = rng.pick(pool.surnames)[female ? 1 : 0];
    const local = asciiFold(`${firstName}.${lastName}`).toLowerCase();
    let email = `${local}@${company.domain}`;
    for (let n = 2; usedEmails.has(email); n++) email = `${local}${n}@${company.domain}`;
    usedEmails.add(email);
    const job = rng.pick(JOB_TITLES);
    const stage: LifecycleStage = rng.chance(0.6) ? company.lifecycleStage : rng.weighted(COMPANY_STAGES);
    contacts.push({
      id: `ct-${pad(i + 1, 4)}`,
      firstName,
      lastName,
      email,
      phone: `${pool.phonePrefix} ${rng.int(100, 999)} ${rng.int(1000, 9999)}`,
      jobTitle: job.title,
      companyId: company.id,
      ownerId: rng.chance(0.8) ? company.ownerId : rng.pick(USERS).id,
      lifecycleStage: stage,
      buyingRoles: buyingRolesFor(rng, job.senior),
    });
  }
  return contacts;
}

export const fullName = (c: Pick<Contact, 'firstName' | 'lastName'>): string => `${c.firstName} ${c.lastName}`;

/** "Kallio Systems Oy" → "Kallio Systems", for deal names. */
export const shortCompanyName = (name: string): string => name.replace(/\s+(Oy|A\/S|ApS|AB|S\.A\.|sp\. z o\.o\.)$/, '');
