/** URLs per Salesforce predicate (shapes from [SI] getRecordId/getSobjectListview, [TG-PR1276], [TM-SF]). */
import type * as pages from './pages';

const O = 'https://acme.lightning.force.com';
export const cases = {
  isAccountRecord: [`${O}/lightning/r/Account/001Dn00000AbCdEIAV/view`, `${O}/lightning/r/001Dn00000AbCdE/view`, 'https://acme--uat.sandbox.lightning.force.com/lightning/r/Account/001Dn00000AbCdEIAV/view'],
  isContactRecord: [`${O}/lightning/r/Contact/003Dn00000XyZaBIAV/view`, `${O}/lightning/r/Contact/003Dn00000XyZaBIAV/view?ws=1`],
  isLeadRecord: [`${O}/lightning/r/Lead/00QDn00000LmNoPIAV/view`, 'https://eu16.lightning.force.com/lightning/r/Lead/00QDn00000LmNoP/view'],
  isOpportunityRecord: [`${O}/lightning/r/Opportunity/006Dn00000QrStUIAV/view`, `${O}/lightning/r/006Dn00000QrStUIAV/view`],
  isAccountList: [`${O}/lightning/o/Account/list?filterName=Recent`, `${O}/lightning/o/Account/home`],
  isContactList: [`${O}/lightning/o/Contact/list?filterName=AllContacts`],
  isLeadList: [`${O}/lightning/o/Lead/list`],
  isOpportunityList: [`${O}/lightning/o/Opportunity/list?filterName=MyOpportunities`, `${O}/lightning/o/Opportunity/home`],
} satisfies Record<keyof typeof pages, string[]>;

export const unrelated = [
  `${O}/lightning/r/Case/500Dn00000AbCdEIAV/view`,
  `${O}/lightning/r/Account/003Dn00000XyZaBIAV/view`, // prefix does not match the object
  `${O}/lightning/r/Account/001Dn00000AbCdEIAV/related/Contacts/view`,
  `${O}/lightning/o/Account/new`,
  `${O}/lightning/o/Case/list`,
  `${O}/lightning/page/home`,
  `${O}/one/one.app#/sObject/001Dn00000AbCdEIAV/view`,
  'https://acme.my.salesforce.com/001Dn00000AbCdE',
  'https://acme.lightning.force.com.evil.example/lightning/r/Account/001Dn00000AbCdEIAV/view',
  'http://acme.lightning.force.com/lightning/r/Account/001Dn00000AbCdEIAV/view',
];
