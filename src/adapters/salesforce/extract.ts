/**
 * Reading a Lightning record page, scoped to the active (visible) view. Fields by API name first
 * (language-independent), then the header's compact layout by English label (CRM-NOTES 3.3
 * "Localization"). Ids come from hrefs: `/lightning/r/…/{id}/view`.
 */
import type {BuyingRole} from '../../core/model';
import type {ActivityType, CapturedActivity, CapturedContactRef, CapturedRecord, RecordKind} from '../types';
import {buildActivity, uniqueBySource} from '../shared/activities';
import {attrOf, nameOf, queryAll, queryFirst, queryOne, textOf} from '../shared/dom';
import {dropUndefined} from '../shared/fields';
import {cleanName, cleanText, parseAmount, parseInstant, squash} from '../shared/text';
import {normalizeDealStage, normalizeLeadStage, parseOutcome} from '../shared/vocab';
import {idFromHref, OBJECT_BY_KIND} from './hosts';
import * as sel from './selectors';

/** The visible view; Lightning keeps earlier records hidden in the DOM. */
export function activeScope(root: ParentNode): ParentNode {
  return queryFirst(root, sel.activeView) ?? root;
}

export function readName(scope: ParentNode): string | undefined {
  const title = nameOf(queryFirst(scope, sel.recordTitle));
  if (title) return title;
  const doc = (scope as Node).ownerDocument ?? (scope as Document);
  const tab = typeof doc?.title === 'string' ? /^(.*?)\s*\|[^|]*\|\s*Salesforce\s*$|^(.*?)\s*\|\s*Salesforce\s*$/.exec(doc.title) : null;
  return cleanName(tab?.[1] ?? tab?.[2]);
}

function readField(scope: ParentNode, kind: RecordKind, api: string, labels: string[]): Element | undefined {
  const field = queryOne(scope, sel.fieldByApiName(OBJECT_BY_KIND[kind], api));
  if (field) return queryFirst(field, sel.fieldValue) ?? field;
  for (const item of sel.headerField.flatMap((s) => queryAll(scope, s, 50))) {
    const label = textOf(queryOne(item, sel.headerFieldLabel));
    if (label && labels.includes(label)) return queryOne(item, sel.headerFieldValue) ?? undefined;
  }
  return undefined;
}

const OWNER_LABELS: Record<RecordKind, string> = {company: 'Account Owner', contact: 'Contact Owner', lead: 'Lead Owner', deal: 'Opportunity Owner'};

export function readFields(scope: ParentNode, kind: RecordKind): CapturedRecord['fields'] {
  const text = (api: string, ...labels: string[]) => textOf(readField(scope, kind, api, labels));
  const account = kind === 'contact' || kind === 'deal' ? readField(scope, kind, 'AccountId', ['Account Name']) : undefined;
  return dropUndefined({
    email: kind === 'contact' || kind === 'lead' ? text('Email', 'Email') : undefined,
    owner: cleanName(text('OwnerId', OWNER_LABELS[kind])),
    domain: kind === 'company' ? toDomain(text('Website', 'Website')) : undefined,
    amount: kind === 'deal' ? parseAmount(text('Amount', 'Amount')) : undefined,
    dealStage: kind === 'deal' ? normalizeDealStage(text('StageName', 'Stage')) : undefined,
    leadStage: kind === 'lead' ? normalizeLeadStage(text('Status', 'Lead Status')) : undefined,
    companyId: lookupId(account),
  });
}

/** The related record id of a lookup field (the field may itself be the link). */
function lookupId(field: Element | undefined): string | undefined {
  if (!field) return undefined;
  const link = field.matches('a') ? field : queryOne(field, sel.lookupLink);
  return idFromHref(link?.getAttribute('href'));
}

/** "https://www.northwind.example/about" → "northwind.example". */
function toDomain(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    const host = new URL(/^https?:\/\//i.test(raw) ? raw : `https://${raw}`).hostname;
    return cleanText(host.replace(/^www\./, ''), 253);
  } catch {
    return undefined;
  }
}

function relatedList(scope: ParentNode, title: string): Element | undefined {
  return sel.relatedListCard.flatMap((s) => queryAll(scope, s, 100)).find((card) => textOf(queryOne(card, sel.relatedListTitle)) === title);
}

/** Opportunity Contact Roles onto TA-12 roles. Salesforce's picklist is not ours; this mapping is inferred. */
const SF_ROLES: Record<string, BuyingRole> = {
  decisionmaker: 'decisionMaker', economicdecisionmaker: 'decisionMaker', economicbuyer: 'budgetHolder',
  executivesponsor: 'champion', influencer: 'influencer', evaluator: 'influencer', technicalbuyer: 'influencer',
  businessuser: 'endUser', other: 'other',
};

/** Contacts related list (Account) or Contact Roles (Opportunity). */
export function readContacts(scope: ParentNode, kind: RecordKind): CapturedContactRef[] {
  const card = relatedList(scope, kind === 'deal' ? 'Contact Roles' : 'Contacts');
  const out: CapturedContactRef[] = [];
  for (const row of queryAll(card, sel.relatedListRow, 200)) {
    const link = queryAll(row, 'a[href*="/lightning/r/"]').find((a) => idFromHref(a.getAttribute('href'))?.startsWith('003'));
    const id = idFromHref(link?.getAttribute('href'));
    const name = nameOf(link);
    if (!id || !name || out.some((c) => c.id === id)) continue;
    const ref: CapturedContactRef = {id, name};
    const email = textOf(queryOne(row, 'a[href^="mailto:"], lightning-formatted-email'));
    if (email?.includes('@')) ref.email = email;
    const roles = queryAll(row, 'td').map((td) => SF_ROLES[squash(textOf(td) ?? '')]).filter((r): r is BuyingRole => !!r);
    if (roles.length) ref.buyingRoles = [...new Set(roles)];
    out.push(ref);
  }
  return out;
}

const TYPE_BY_CLASS: [string, ActivityType][] = [['slds-timeline__item_call', 'call'], ['slds-timeline__item_email', 'email'], ['slds-timeline__item_event', 'meeting'], ['slds-timeline__item_task', 'task']];

export function readActivities(scope: ParentNode): CapturedActivity[] {
  const panel = queryFirst(scope, sel.activityPanel);
  const items = queryAll(panel, sel.timelineItem, 300).map(readActivity);
  const notes = queryAll(relatedList(scope, 'Notes'), sel.relatedListRow, 100).map(readNote);
  return uniqueBySource([...items, ...notes]);
}

export function readActivity(item: Element): CapturedActivity | undefined {
  const type = TYPE_BY_CLASS.find(([cls]) => item.classList.contains(cls))?.[1];
  let sourceId: string | undefined, title: string | undefined, contactId: string | undefined, userName: string | undefined;
  for (const link of queryAll(item, 'a[href*="/lightning/r/"]', 20)) {
    const id = idFromHref(link.getAttribute('href'));
    if (!id) continue;
    // 00T Task, 00U Event, 02s EmailMessage; 003 Contact; 005 User (CRM-NOTES 3.1 "ids").
    if (!sourceId && /^(00T|00U|02s)/.test(id)) [sourceId, title] = [id, nameOf(link)];
    else if (!contactId && id.startsWith('003')) contactId = id;
    else if (!userName && id.startsWith('005')) userName = nameOf(link);
  }
  const details = detailPairs(queryOne(item, sel.timelineDetails));
  const date = queryOne(item, sel.timelineDate);
  return buildActivity({
    sourceId, type, title, contactId, userName,
    outcome: parseOutcome(details.get('Call Result') ?? details.get('Call Outcome')),
    at: parseInstant(attrOf(queryOne(date, '[datetime]') ?? date, 'datetime')),
    body: details.get('Description') ?? details.get('Comments'),
  });
}

/** A row of the Notes related list: ContentNote ids start with 069. */
function readNote(row: Element): CapturedActivity | undefined {
  const link = queryAll(row, 'a[href*="/lightning/r/"]').find((a) => idFromHref(a.getAttribute('href'))?.startsWith('069'));
  return buildActivity({sourceId: idFromHref(link?.getAttribute('href')), type: 'note', title: nameOf(link)});
}

/** Label → value pairs in an expanded timeline item (English labels). */
function detailPairs(details: Element | null): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const label of queryAll(details, sel.detailLabel, 30)) {
    const key = textOf(label);
    const value = textOf(label.nextElementSibling);
    if (key && value && !pairs.has(key)) pairs.set(key, value);
  }
  return pairs;
}
