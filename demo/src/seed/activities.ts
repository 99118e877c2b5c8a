/**
 * Seeds the activity history. Leads get the outreach their stage implies (an "attempting" lead has
 * unanswered calls, a "qualified" one a reply and a meeting), deals get sales activity with their
 * contacts, and a sprinkle of marketing touches and company notes fills in the rest.
 */
import * as text from '../data/activity-text';
import type {Activity, CallOutcome, Company, Contact, Deal, Lead} from '../data/types';
import {fullName, pad} from './people';
import type {Rng} from './prng';
import {ageInDays, daysBefore, toIso} from './time';

type Draft = Omit<Activity, 'id'>;

export interface ActivitySeedInput {
  companies: Company[];
  contacts: Contact[];
  deals: Deal[];
  leads: Lead[];
}

export function seedActivities(rng: Rng, input: ActivitySeedInput): Activity[] {
  const contactById = new Map(input.contacts.map((c) => [c.id, c]));
  const drafts: Draft[] = [];
  const when = (maxDaysAgo: number, minDaysAgo = 1): string =>
    daysBefore(rng.int(minDaysAgo, Math.max(minDaysAgo, maxDaysAgo)), rng.int(7, 15), rng.int(0, 11) * 5);

  const add = (contact: Contact | undefined, draft: Omit<Draft, 'title' | 'contactId' | 'companyId'> & {detail?: string}): void => {
    const {detail, ...rest} = draft;
    // Contact-initiated activity has no rep behind it, even when logged against a rep's deal.
    if (rest.direction === 'contact') delete rest.userId;
    drafts.push({
      ...rest,
      title: text.activityTitle(rest.type, rest.direction, contact && fullName(contact), detail),
      ...(contact ? {contactId: contact.id, companyId: contact.companyId} : {}),
      ...(rest.direction === 'user' && !rest.userId && contact ? {userId: contact.ownerId} : {}),
    });
  };
  const call = (c: Contact, outcome: CallOutcome, timestamp: string, extra: Partial<Draft> = {}): void =>
    add(c, {type: 'call', direction: 'user', outcome, timestamp, body: rng.pick(text.CALL_NOTES[outcome]), ...extra});
  const emailOut = (c: Contact, timestamp: string, extra: Partial<Draft> = {}): void =>
    add(c, {type: 'email', direction: 'user', timestamp, body: `Subject: ${rng.pick(text.EMAIL_SUBJECTS)}`, ...extra});
  const reply = (c: Contact, timestamp: string, extra: Partial<Draft> = {}): void =>
    add(c, {type: 'email', direction: 'contact', timestamp, body: rng.pick(text.REPLY_TEXTS), ...extra});
  const meeting = (c: Contact, timestamp: string, booked: boolean, extra: Partial<Draft> = {}): void => {
    const startsAt = toIso(Date.parse(timestamp.slice(0, 10) + 'T00:00:00Z') + rng.int(1, 9) * 86_400_000 + rng.pick([9, 10, 13, 14]) * 3_600_000);
    add(c, {type: 'meeting', direction: booked ? 'contact' : 'user', timestamp, startsAt, body: rng.pick(text.MEETING_TOPICS), ...extra});
  };

  for (const lead of input.leads) {
    const c = contactById.get(lead.contactId);
    if (!c) throw new Error(`seed: lead ${lead.id} names unknown contact ${lead.contactId}`);
    const l = {leadId: lead.id};
    // Steps in the order a rep works a lead; their times are drawn and sorted, so outreach always
    // comes before the answer it got.
    const steps: Array<(timestamp: string) => void> = [];
    const progress = {new: 0, attempting: 1, connected: 2, qualified: 3, disqualified: 1}[lead.stage];
    if (lead.stage === 'new' && rng.chance(0.5)) steps.push((t) => add(c, {type: 'pageView', direction: 'contact', timestamp: t, body: 'Viewed /pricing', detail: 'Pricing', ...l}));
    if (progress >= 1) {
      steps.push((t) => emailOut(c, t, l));
      for (let k = rng.int(1, 3); k > 0; k--) steps.push((t) => call(c, rng.pick<CallOutcome>(['noAnswer', 'busy', 'leftVoicemail']), t, l));
    }
    if (progress >= 2) steps.push(rng.chance(0.5) ? (t) => call(c, 'connected', t, l) : (t) => reply(c, t, l));
    if (progress >= 3) {
      const booked = rng.chance(0.4);
      steps.push((t) => meeting(c, t, booked, l));
    }
    if (lead.stage === 'disqualified') {
      const reason = rng.pick(['Disqualified: no budget this year.', 'Disqualified: already signed with a competitor.', 'Disqualified: not the right company size.']);
      steps.push((t) => add(c, {type: 'note', direction: 'user', timestamp: t, body: reason, ...l}));
    }
    const age = ageInDays(lead.createdAt);
    const times = steps.map(() => when(age - 1)).sort();
    if (lead.source === 'Website form') add(c, {type: 'form', direction: 'contact', timestamp: lead.createdAt, body: 'Submitted from the website.', detail: 'Request a demo', ...l});
    steps.forEach((step, i) => step(times[i]));
  }

  for (const deal of input.deals) {
    const c = contactById.get(deal.contactIds[0]);
    if (!c) throw new Error(`seed: deal ${deal.id} has no known contact`);
    const d = {dealId: deal.id, userId: deal.ownerId};
    // A closed deal's history ends at its close date; an open one's runs up to SEED_NOW.
    const end = deal.stage === 'open' ? 0 : ageInDays(`${deal.closeDate}T12:00:00Z`);
    emailOut(c, when(end + 120, end + 30), d);
    meeting(c, when(end + 60, end + 15), rng.chance(0.3), d);
    if (rng.chance(0.6)) call(c, 'connected', when(end + 40, end + 5), d);
    if (rng.chance(0.4)) reply(c, when(end + 25, end + 2), d);
    if (rng.chance(0.5)) add(c, {type: 'documentView', direction: 'contact', timestamp: when(end + 30, end + 2), body: 'Opened 3 times, 6 min in total.', detail: 'Proposal.pdf', ...d});
    if (deal.stage !== 'open') {
      const body = deal.stage === 'closedwon' ? `${deal.name} closed won: contract signed, handing over to onboarding.` : `${deal.name} closed lost: they went with a cheaper local vendor.`;
      add(c, {type: 'note', direction: 'user', timestamp: `${deal.closeDate}T15:00:00Z`, body, ...d});
    }
  }

  for (let i = 0; i < 110; i++) {
    const c = rng.pick(input.contacts);
    const kind = rng.weighted([['pageView', 5], ['form', 2], ['documentView', 1], ['email', 3], ['call', 3], ['task', 2]] as const);
    if (kind === 'pageView') {
      const page = rng.pick(text.PAGES);
      add(c, {type: 'pageView', direction: 'contact', timestamp: when(90), body: `Viewed ${page.path}`, detail: page.name});
    } else if (kind === 'form') add(c, {type: 'form', direction: 'contact', timestamp: when(90), body: 'Submitted from the website.', detail: rng.pick(text.FORM_NAMES)});
    else if (kind === 'documentView') add(c, {type: 'documentView', direction: 'contact', timestamp: when(90), body: 'Opened once.', detail: rng.pick(text.DOCUMENTS)});
    else if (kind === 'email') emailOut(c, when(90));
    else if (kind === 'call') call(c, rng.pick<CallOutcome>(['connected', 'noAnswer', 'leftVoicemail', 'busy', 'wrongNumber']), when(90));
    else add(c, {type: 'task', direction: 'user', timestamp: when(30), body: `Due ${daysBefore(rng.int(-10, 5), 0, 0).slice(0, 10)}`, detail: rng.pick(text.TASK_SUBJECTS)});
  }

  // Account-level notes: on the company, no contact.
  for (const company of input.companies.filter(() => rng.chance(0.6))) {
    drafts.push({type: 'note', direction: 'user', timestamp: when(100), title: 'Note', body: rng.pick(text.NOTE_TEXTS), userId: company.ownerId, companyId: company.id});
  }

  // Ids follow time, as they would in a CRM that has been in use for months; ties keep draft order.
  const ordered = drafts.map((draft, index) => ({draft, index})).sort((a, b) => a.draft.timestamp.localeCompare(b.draft.timestamp) || a.index - b.index);
  return ordered.map(({draft}, i) => ({id: `act-${pad(i + 1, 5)}`, ...draft}));
}
