/**
 * The demo CRM's support, written as a custom CRM description: the demo exercises the same
 * data-driven path users rely on. Every selector follows docs/demo-dom.md; changing that contract
 * means changing this file and fixtures/company.html in the same commit.
 */
import type {CustomCrm, ReadSpec} from '../custom/schema';

const field = (name: string): ReadSpec => `[data-testid="record-fields"] [data-field="${name}"] [data-testid="field-value"]`;
const sidebarTop = {anchor: '[data-testid="record-sidebar"]', placement: 'prepend'} as const;
const nextToTitle = {anchor: '[data-testid="record-header"] [data-testid="record-title"]', placement: 'after'} as const;

const fields = {
  name: '[data-testid="record-header"] [data-testid="record-title"]',
  domain: field('domain'),
  owner: field('owner'),
  lifecycleStage: field('lifecyclestage'),
  email: field('email'),
  buyingRoles: field('buyingroles'),
  amount: field('amount'),
  dealStage: field('dealstage'),
  leadStage: field('leadstage'),
  companyId: {selector: '[data-testid="record-fields"] [data-field="company"] [data-company-id]', attribute: 'data-company-id'},
};

const contacts = {
  item: '[data-testid="associated-contacts"] [data-testid="contact-row"]',
  id: {attribute: 'data-contact-id'},
  name: 'a',
  email: '[data-testid="contact-email"]',
  buyingRoles: {attribute: 'data-buying-roles'},
};

const activities = {
  item: '[data-testid="timeline"] [data-testid="timeline-item"]',
  id: {attribute: 'data-activity-id'},
  type: {attribute: 'data-activity-type'},
  direction: {attribute: 'data-direction'},
  outcome: {attribute: 'data-outcome'},
  at: {attribute: 'data-timestamp'},
  title: '[data-testid="activity-title"]',
  body: '[data-testid="activity-body"]',
  user: '[data-testid="activity-user"]',
  contactId: {attribute: 'data-contact-id'},
};

const record = (path: string, anchor: {anchor: string; placement: 'prepend' | 'after'}, slots: Record<string, {anchor: string; placement: 'prepend' | 'after'}>) => ({
  urlPattern: `/${path}/:id`,
  anchor: anchor.anchor,
  placement: anchor.placement,
  slots,
  fields,
  contacts,
  activities,
  watch: '[data-testid="record-page"]',
});

const list = (path: string) => ({
  urlPattern: `/${path}`,
  row: '[data-testid="list-table"] [data-testid="list-row"]',
  id: {attribute: 'data-record-id'},
  badgeCell: '[data-testid="cell-goalpost"]',
  watch: '[data-testid="list-page"]',
});

export const demoDescription = {
  id: 'demo',
  name: 'Goalpost demo CRM',
  // Chrome match patterns without a port match every port, so the demo works on any dev server port.
  match: ['http://127.0.0.1/*', 'http://localhost/*'],
  records: {
    // Panel at the top of the sidebar (TA-31); badge and indicator next to the title on people pages.
    company: record('companies', sidebarTop, {badge: nextToTitle, indicator: nextToTitle}),
    deal: record('deals', sidebarTop, {badge: nextToTitle, indicator: nextToTitle}),
    contact: record('contacts', nextToTitle, {panel: sidebarTop}),
    lead: record('leads', nextToTitle, {panel: sidebarTop}),
  },
  lists: {company: list('companies'), contact: list('contacts'), lead: list('leads'), deal: list('deals')},
} satisfies CustomCrm;
