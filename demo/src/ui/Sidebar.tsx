/**
 * The right sidebar: associated records. Goalpost prepends its panels here (docs/demo-dom.md), so the
 * column is wide enough (--sidebar-width, 340px) for a 320px panel, and nothing here is sticky.
 */
import {BUYING_ROLE_LABELS, dealStageLabel, formatAmount, LEAD_STAGE_LABELS} from '../data/labels';
import {dealsForCompany, dealsForContact, leadsForContacts} from '../data/queries';
import {db} from '../data/store';
import type {Contact, Deal, Lead} from '../data/types';
import {pathFor} from '../router';
import {fullName} from '../seed/people';
import {DemoTools} from './DemoTools';
import type {RecordContext} from './record-context';

export function Sidebar({ctx}: {ctx: RecordContext}) {
  const data = db.value;
  const deals = ctx.type === 'company' ? dealsForCompany(data, ctx.record.id) : ctx.type === 'contact' ? dealsForContact(data, ctx.record.id) : [];
  const leads = ctx.type === 'company' || ctx.type === 'contact' ? leadsForContacts(data, new Set(ctx.contacts.map((c) => c.id))) : [];
  const showContacts = ctx.type !== 'contact';
  const showCompany = ctx.type !== 'company' && ctx.company;

  return (
    <aside class="record-sidebar" data-testid="record-sidebar" aria-label="Associated records">
      {showCompany && ctx.company && (
        <section class="card assoc" data-testid="associated-company" aria-labelledby="assoc-company">
          <h2 id="assoc-company">Company</h2>
          <p>
            <a href={pathFor('company', ctx.company.id)} data-company-id={ctx.company.id}>
              {ctx.company.name}
            </a>
            <span class="muted block">
              {ctx.company.domain} · {ctx.company.city}
            </span>
          </p>
        </section>
      )}
      {showContacts && <ContactsSection contacts={ctx.contacts} />}
      {ctx.type !== 'deal' && ctx.type !== 'lead' && <DealsSection deals={deals} />}
      {leads.length > 0 && <LeadsSection leads={leads} />}
      {(ctx.type === 'contact' || ctx.type === 'lead') && <DemoTools ctx={ctx} />}
    </aside>
  );
}

function ContactsSection({contacts}: {contacts: Contact[]}) {
  return (
    <section class="card assoc" data-testid="associated-contacts" aria-labelledby="assoc-contacts">
      <h2 id="assoc-contacts">
        Contacts <span class="count">{contacts.length}</span>
      </h2>
      <ul>
        {contacts.map((c) => (
          <li key={c.id} data-testid="contact-row" data-contact-id={c.id} data-buying-roles={c.buyingRoles.join(',')}>
            <a href={pathFor('contact', c.id)}>{fullName(c)}</a> <span class="muted block" data-testid="contact-email">{c.email}</span>
            <span class="muted block">{c.jobTitle}</span>
            {c.buyingRoles.length > 0 && (
              <span class="roles">
                {c.buyingRoles.map((r) => (
                  <span key={r} class={`tag role-${r}`}>
                    {BUYING_ROLE_LABELS[r]}
                  </span>
                ))}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function DealsSection({deals}: {deals: Deal[]}) {
  return (
    <section class="card assoc" data-testid="associated-deals" aria-labelledby="assoc-deals">
      <h2 id="assoc-deals">
        Deals <span class="count">{deals.length}</span>
      </h2>
      {deals.length === 0 ? (
        <p class="muted">No deals yet.</p>
      ) : (
        <ul>
          {deals.map((d) => (
            <li key={d.id} data-testid="deal-row" data-deal-id={d.id} data-deal-stage={d.stage} data-amount={d.amount}>
              <a href={pathFor('deal', d.id)}>{d.name}</a>
              <span class="muted block">
                {formatAmount(d.amount)} · {dealStageLabel(d.stage, d.step)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function LeadsSection({leads}: {leads: Lead[]}) {
  return (
    <section class="card assoc" data-testid="associated-leads" aria-labelledby="assoc-leads">
      <h2 id="assoc-leads">
        Leads <span class="count">{leads.length}</span>
      </h2>
      <ul>
        {leads.map((l) => (
          <li key={l.id} data-testid="lead-row" data-lead-id={l.id} data-lead-stage={l.stage}>
            <a href={pathFor('lead', l.id)}>{l.name}</a>
            <span class="muted block">{LEAD_STAGE_LABELS[l.stage]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
