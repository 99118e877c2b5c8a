/** URLs per HubSpot predicate; the cross-check in pages.test.ts runs every predicate over all of them. */
import type * as pages from './pages';

const P = 'https://app.hubspot.com/contacts/1234567';
export const cases = {
  isContactRecord: [
    `${P}/record/0-1/51`,
    `${P}/record/0-1/51/`,
    'https://app-eu1.hubspot.com/contacts/26000001/record/0-1/901',
    `${P}/record/0-1/51/view/2?engagement=7`,
    `${P}/contact/51`, // legacy path [RC-HS]
  ],
  isCompanyRecord: [`${P}/record/0-2/9876543210`, 'https://app-na2.hubspot.com/contacts/44/record/0-2/1', `${P}/company/88`],
  isDealRecord: [`${P}/record/0-3/555`, `${P}/record/0-3/555/view/1`, 'https://app-ap1.hubspot.com/contacts/9/record/0-3/3', `${P}/deal/3`],
  isLeadRecord: [`${P}/record/0-136/777`, 'https://app-na1.hubspot.com/contacts/12/record/0-136/1'],
  isContactList: [`${P}/objects/0-1/views/all/list`, `${P}/objects/0-1/views/12345/list?query=x`],
  isCompanyList: [`${P}/objects/0-2/views/all/list`, 'https://app-eu1.hubspot.com/contacts/26000001/objects/0-2/views/my/list'],
  isDealList: [`${P}/objects/0-3/views/all/list`, `${P}/objects/0-3/views/all/board`],
  isLeadList: [`${P}/objects/0-136/views/all/list`],
} satisfies Record<keyof typeof pages, string[]>;

/** Pages every predicate rejects: tickets, custom objects, other apps, look-alike hosts. */
export const unrelated = [
  `${P}/record/0-5/12`, // ticket
  `${P}/record/2-123/12`, // custom object
  `${P}/objects/0-5/views/all/list`,
  'https://app.hubspot.com/tasks/1234567/view/all/task/99',
  'https://app.hubspot.com/prospecting/1234567/leads',
  'https://app.hubspot.com/reports-dashboard/1234567/view/1',
  'https://www.hubspot.com/contacts/1234567/record/0-1/51',
  'https://app.hubspot.com.evil.example/contacts/1/record/0-1/51',
  'http://app.hubspot.com/contacts/1234567/record/0-1/51',
  'https://app.hubspot.com/contacts/abc/record/0-1/51',
];
