/**
 * Large deterministic contact lists for list-page load tests (docs/demo-dom.md "Synthetic contacts"):
 * `?people=N` on any URL adds N generated contacts (`syn-ct-0001` …) after the seeded ones, the same on
 * every load. Nothing is stored: drop the query (a full load without it) and the list is the seed's.
 * bench/content-browser.ts uses `/contacts?people=800` (with the 200 seeded contacts: a 1,000-row list).
 */
import type {Company, Contact} from './types';

/** The most it adds, so a typo cannot hang the tab. */
export const PEOPLE_MAX = 10_000;

/** `?people=N` → N (0 when absent or not a whole number; capped at PEOPLE_MAX). */
export function peopleCount(search: string): number {
  const raw = new URLSearchParams(search).get('people');
  if (raw === null || !/^\d{1,6}$/.test(raw)) return 0;
  return Math.min(Number(raw), PEOPLE_MAX);
}

const FIRST = ['Aino', 'Lars', 'Maja', 'Piotr', 'Elin', 'Mikko', 'Freja', 'Ola', 'Zofia', 'Noah'];
const LAST = ['Korhonen', 'Nielsen', 'Lindqvist', 'Nowak', 'Berg', 'Virtanen', 'Hansen', 'Kowalska', 'Holm', 'Lehtonen'];

/** N synthetic contacts spread over the companies: a pure function of the companies and N. */
export function syntheticContacts(companies: readonly Company[], count: number): Contact[] {
  if (count <= 0 || !companies.length) return [];
  return Array.from({length: count}, (_, index): Contact => {
    const n = index + 1;
    const company = companies[index % companies.length];
    const firstName = FIRST[index % FIRST.length];
    const lastName = LAST[Math.floor(index / FIRST.length) % LAST.length];
    const id = `syn-ct-${String(n).padStart(4, '0')}`;
    return {
      id,
      firstName,
      lastName: `${lastName} ${n}`,
      email: `${id}@${company.domain}`,
      phone: `+358 40 ${String(1_000_000 + n).slice(1)}`,
      jobTitle: 'Buyer',
      companyId: company.id,
      ownerId: company.ownerId,
      lifecycleStage: 'lead',
      buyingRoles: [],
    };
  });
}
