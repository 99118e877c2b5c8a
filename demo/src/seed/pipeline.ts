/** Seeds deals and leads on top of the companies and contacts. */
import {OPEN_DEAL_STEPS, type Company, type Contact, type Deal, type DealStage, type Lead, type LeadStage} from '../data/types';
import {fullName, pad, shortCompanyName} from './people';
import type {Rng} from './prng';
import {daysAfter, daysBefore} from './time';

const PRODUCTS = ['Platform licence', 'Expansion', 'Renewal 2027', 'Pilot', 'Analytics add-on', 'Onboarding package', 'Enterprise upgrade', 'Support plan'];
const LEAD_SOURCES = ['Website form', 'Webinar', 'LinkedIn', 'Trade show', 'Referral', 'Cold outreach'];

export function seedDeals(rng: Rng, companies: Company[], contacts: Contact[], count: number): Deal[] {
  // Opportunities and customers are where deals are; a subscriber company rarely has one.
  const weightOf = (c: Company): number => ({opportunity: 5, customer: 4, evangelist: 3, salesqualifiedlead: 3} as Record<string, number>)[c.lifecycleStage] ?? 1;
  const companyWeights = companies.map((c) => [c, weightOf(c)] as const);
  const deals: Deal[] = [];
  const productsUsed = new Map<string, Set<string>>();
  for (let i = 0; i < count; i++) {
    const company = rng.weighted(companyWeights);
    // One deal per product and company, so no two rows in the deal list read the same.
    const used = productsUsed.get(company.id) ?? new Set<string>();
    const fresh = PRODUCTS.filter((p) => !used.has(p));
    const product = fresh.length > 0 ? rng.pick(fresh) : `${rng.pick(PRODUCTS)} (phase ${used.size + 1})`;
    productsUsed.set(company.id, used.add(product));
    const people = contacts.filter((c) => c.companyId === company.id);
    const buyers = people.filter((c) => c.buyingRoles.includes('decisionMaker') || c.buyingRoles.includes('champion'));
    const chosen = new Set(rng.sample(buyers.length > 0 ? buyers : people, 1));
    for (const extra of rng.sample(people, rng.int(0, 2))) chosen.add(extra);
    const stage = rng.weighted<DealStage>([['open', 55], ['closedwon', 27], ['closedlost', 18]]);
    deals.push({
      id: `dl-${pad(i + 1, 3)}`,
      name: `${shortCompanyName(company.name)} – ${product}`,
      companyId: company.id,
      contactIds: [...chosen].map((c) => c.id),
      ownerId: company.ownerId,
      amount: rng.int(8, 240) * 500,
      stage,
      ...(stage === 'open' ? {step: rng.pick(OPEN_DEAL_STEPS)} : {}),
      closeDate: (stage === 'open' ? daysAfter(rng.int(5, 120)) : daysBefore(rng.int(5, 200), 0, 0)).slice(0, 10),
    });
  }
  return deals;
}

export function seedLeads(rng: Rng, companies: Company[], contacts: Contact[], count: number): Lead[] {
  const early = new Set(['subscriber', 'lead', 'marketingqualifiedlead', 'salesqualifiedlead']);
  const candidates = contacts.filter((c) => early.has(c.lifecycleStage));
  const rest = contacts.filter((c) => !early.has(c.lifecycleStage));
  const picked = rng.sample(candidates, count);
  if (picked.length < count) picked.push(...rng.sample(rest, count - picked.length));
  // Keep lead ids in contact order, as if created over time in that order.
  picked.sort((a, b) => a.id.localeCompare(b.id));
  return picked.map((contact, i) => {
    const company = companies.find((c) => c.id === contact.companyId);
    return {
      id: `ld-${pad(i + 1, 3)}`,
      name: `${fullName(contact)} (${shortCompanyName(company?.name ?? '')})`,
      contactId: contact.id,
      ownerId: contact.ownerId,
      stage: rng.weighted<LeadStage>([['new', 10], ['attempting', 10], ['connected', 8], ['qualified', 6], ['disqualified', 6]]),
      source: rng.pick(LEAD_SOURCES),
      createdAt: daysBefore(rng.int(8, 60), rng.int(7, 15), rng.int(0, 11) * 5),
    };
  });
}
