/**
 * Reading a Pipedrive record page from the visible view. Ids come from the URL and hrefs; field values
 * by English sidebar label (Pipedrive shows no API names in the DOM, CRM-NOTES 4.2).
 */
import type {ActivityType, CapturedActivity, CapturedContactRef, CapturedRecord, RecordKind} from '../types';
import {buildActivity, uniqueBySource} from '../shared/activities';
import {attrOf, nameOf, queryAll, queryOne, textOf} from '../shared/dom';
import {dropUndefined} from '../shared/fields';
import {cleanName, cleanText, parseAmount, parseInstant} from '../shared/text';
import {normalizeDealStage, parseActivityType, parseOutcome} from '../shared/vocab';
import {idFromHref} from './hosts';
import * as sel from './selectors';

export function visibleScope(root: ParentNode): ParentNode {
  return queryOne(root, sel.visibleView) ?? root;
}

/** Title by kind; fallback the tab title, which ends " - contact details" / " - Deals" [CK-PD] [UN]. */
export function readName(scope: ParentNode, kind: RecordKind): string | undefined {
  const host = queryOne(scope, kind === 'lead' ? sel.leadTitle : sel.headerTitle);
  const name = nameOf(queryOne(host, sel.headerTitleInput) ?? host);
  if (name) return name;
  const doc = (scope as Node).ownerDocument ?? (scope as Document);
  const title = typeof doc?.title === 'string' ? doc.title : '';
  return cleanName(/^(.*) - (?:contact details|Deals|Organizations?|organization details)$/i.exec(title)?.[1]);
}

/** Sidebar label → value, the value being the label's row text without the label. */
export function readSidebarFields(scope: ParentNode): Map<string, string> {
  const out = new Map<string, string>();
  for (const label of queryAll(scope, sel.fieldName, 100)) {
    const key = textOf(label);
    const row = label.parentElement;
    if (!key || !row || out.has(key)) continue;
    const value = cleanText(Array.from(row.children).filter((c) => c !== label).map((c) => c.textContent ?? '').join(' '));
    if (value) out.set(key, value);
  }
  return out;
}

export function readFields(scope: ParentNode, kind: RecordKind): CapturedRecord['fields'] {
  const f = readSidebarFields(scope);
  const stage = textOf(queryOne(scope, sel.activeStage))?.replace(/^.*·\s*/, '');
  return dropUndefined({
    email: kind === 'contact' ? f.get('Email') : undefined,
    owner: cleanName(f.get('Owner')),
    domain: kind === 'company' ? f.get('Website')?.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/.*$/, '') : undefined,
    amount: kind === 'deal' ? parseAmount(f.get('Value')) : undefined,
    dealStage: kind === 'deal' ? normalizeDealStage(stage) : undefined,
    companyId: kind !== 'company' ? idFromHref(queryOne(scope, sel.organizationLink)?.getAttribute('href'), 'company') : undefined,
  });
}

/** Persons linked from an organization or deal page. */
export function readContacts(scope: ParentNode): CapturedContactRef[] {
  const out: CapturedContactRef[] = [];
  for (const link of queryAll(scope, sel.personLink, 200)) {
    if (link.closest(sel.flowItem)) continue; // a person named in one activity is not the org's contact list
    const id = idFromHref(link.getAttribute('href'), 'contact');
    const name = nameOf(link);
    if (id && name && !out.some((c) => c.id === id)) out.push({id, name});
  }
  return out;
}

export function readActivities(scope: ParentNode): CapturedActivity[] {
  return uniqueBySource(queryAll(queryOne(scope, sel.flow) ?? scope, sel.flowItem, 300).map(readActivity));
}

export function readActivity(item: Element): CapturedActivity | undefined {
  const kind = attrOf(item, sel.FLOW_KIND_ATTR);
  let type: ActivityType | undefined;
  if (kind === 'note') type = 'note';
  else if (kind === 'email') type = 'email';
  else if (kind === 'activity') type = parseActivityType(attrOf(queryOne(item, sel.activityTypeIcon), 'data-activity-type')) ?? 'task';
  const person = queryOne(item, sel.personLink);
  return buildActivity({
    sourceId: attrOf(item, sel.FLOW_ID_ATTR),
    type,
    outcome: parseOutcome(textOf(queryOne(item, sel.callOutcome))),
    at: parseInstant(attrOf(queryOne(item, sel.flowTime), 'datetime')),
    title: textOf(queryOne(item, type === 'email' ? sel.emailSubject : sel.activitySubject)),
    body: textOf(queryOne(item, sel.activityNote)),
    userName: textOf(queryOne(item, sel.flowUser)),
    contactId: idFromHref(person?.getAttribute('href'), 'contact'),
  });
}
