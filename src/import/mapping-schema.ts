/**
 * Run-time check of a generic column mapping: it comes from the CLI, from storage or from the
 * options page, none of which the types can vouch for (STYLE.md anti-pattern 5).
 */
import * as v from 'valibot';
import type {GenericMapping} from './types';

const Header = v.pipe(v.string(), v.trim(), v.minLength(1, 'must name a column'));

const AdMapping = v.strictObject({
  kind: v.literal('ad'),
  day: Header,
  account: v.optional(Header),
  campaign: Header,
  spend: Header,
  conversions: v.optional(Header),
  network: v.optional(v.string()),
});

const CRM_FIELDS = [
  'id', 'firstName', 'lastName', 'fullName', 'email', 'lifecycleStage', 'buyingRoles', 'owner', 'companyIds',
  'primaryCompanyId', 'companyNames', 'name', 'domain', 'targetAccount', 'amount', 'stage', 'closed', 'won',
  'status', 'activityType', 'at', 'time', 'outcome', 'contactIds', 'contactNames',
] as const;

const CrmMapping = v.strictObject({
  kind: v.literal('crm'),
  entity: v.picklist(['contact', 'company', 'deal', 'activity']),
  columns: v.record(v.picklist(CRM_FIELDS), Header),
});

const Mapping = v.variant('kind', [AdMapping, CrmMapping]);

export function parseMapping(input: unknown): {ok: true; mapping: GenericMapping} | {ok: false; error: string} {
  const result = v.safeParse(Mapping, input);
  if (result.success) return {ok: true, mapping: result.output as GenericMapping};
  const issue = result.issues[0];
  const path = (issue.path ?? []).map((p) => String(p.key)).join('.') || 'mapping';
  return {ok: false, error: `${path}: ${issue.message}`};
}
