/** URLs per Pipedrive predicate ([TM-PD] matchUrl, [RC-PD] list regex, [EAF], public links). */
import type * as pages from './pages';

const C = 'https://northwind.pipedrive.com';
export const cases = {
  isPersonRecord: [`${C}/person/12`, `${C}/person/12/`, 'https://acme-2.pipedrive.com/person/3?tab=notes'],
  isOrganizationRecord: [`${C}/organization/7`, 'https://app.pipedrive.com/organization/7'],
  isDealRecord: [`${C}/deal/345`, `${C}/deal/345/`],
  isLeadRecord: [`${C}/leads/inbox/0f8fad5b-d9cb-469f-a165-70867728950e`],
  isPersonList: [`${C}/persons/list/user/12`, `${C}/persons/list/everyone`, `${C}/persons`],
  isOrganizationList: [`${C}/organizations`, `${C}/organizations/list/everyone`],
  isDealList: [`${C}/pipeline/1`, `${C}/pipeline/1/user/everyone`, `${C}/deals/list`],
  isLeadList: [`${C}/leads/inbox`],
} satisfies Record<keyof typeof pages, string[]>;

export const unrelated = [
  `${C}/activities/list`,
  `${C}/mail/inbox`,
  `${C}/settings/personal`,
  `${C}/leads/inbox/not-a-uuid`,
  `${C}/deal/abc`,
  'https://www.pipedrive.com/person/12',
  'https://northwind.pipedrive.com.evil.example/person/12',
  'http://northwind.pipedrive.com/person/12',
];
