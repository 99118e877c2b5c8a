/**
 * Demo tooling, not CRM: buttons that make the contact "do" something (reply, fill a form, view a
 * page, book a meeting), so e2e tests can produce contact-initiated activity without a mail server.
 */
import {activityTitle} from '../data/activity-text';
import {logActivity, nowIso} from '../data/store';
import type {Activity, ActivityType, Contact} from '../data/types';
import {fullName} from '../seed/people';
import {toIso} from '../seed/time';
import {associationsFor, type RecordContext} from './record-context';

interface Simulation {
  id: string;
  label: string;
  type: ActivityType;
  detail?: string;
  body: string;
}

const SIMULATIONS: Simulation[] = [
  {id: 'reply', label: 'Simulate reply', type: 'email', body: 'Thanks for the follow-up. Happy to continue the conversation next week.'},
  {id: 'form', label: 'Simulate form submission', type: 'form', detail: 'Request a demo', body: 'Submitted from the website.'},
  {id: 'page-view', label: 'Simulate page view', type: 'pageView', detail: 'Pricing', body: 'Viewed /pricing'},
  {id: 'meeting', label: 'Simulate meeting booked', type: 'meeting', body: 'Booked via meetings link: Intro call (30 min)'},
  {id: 'document-view', label: 'Simulate document view', type: 'documentView', detail: 'Proposal.pdf', body: 'Opened once.'},
];

function simulate(ctx: RecordContext, contact: Contact, sim: Simulation): Activity {
  const now = nowIso();
  return logActivity({
    type: sim.type,
    direction: 'contact',
    timestamp: now,
    title: activityTitle(sim.type, 'contact', fullName(contact), sim.detail),
    body: sim.body,
    // A booked meeting starts two days out, on the hour.
    ...(sim.type === 'meeting' ? {startsAt: toIso(Math.ceil(Date.parse(now) / 3_600_000) * 3_600_000 + 2 * 86_400_000)} : {}),
    ...associationsFor(ctx, contact),
  });
}

export function DemoTools({ctx}: {ctx: RecordContext}) {
  const contact = ctx.contacts[0];
  if (!contact) return null;
  return (
    <section class="demo-tools" data-testid="demo-tools" aria-labelledby="demo-tools-title">
      <h2 id="demo-tools-title">
        Demo tools <span class="tag">not part of the CRM</span>
      </h2>
      <p class="muted">Make {fullName(contact)} act, as if from outside the CRM.</p>
      <div class="demo-buttons">
        {SIMULATIONS.map((sim) => (
          <button key={sim.id} type="button" class="btn btn-secondary btn-small" data-testid={`simulate-${sim.id}`} onClick={() => simulate(ctx, contact, sim)}>
            {sim.label}
          </button>
        ))}
      </div>
    </section>
  );
}
