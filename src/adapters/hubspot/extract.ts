/**
 * Reading a HubSpot record page. Ids come from the URL and hrefs, display text from the DOM
 * (CRM-NOTES §1 "Sources of truth"). Every readX returns undefined when the page lacks it.
 */
import type {CapturedActivity, CapturedContactRef, CapturedRecord, RecordKind} from '../types';
import {buildActivity, uniqueBySource} from '../shared/activities';
import {dropUndefined} from '../shared/fields';
import {attrOf, nameOf, queryAll, queryFirst, queryOne, textOf} from '../shared/dom';
import {cleanName, parseAmount, parseInstant} from '../shared/text';
import {classifyHeading, normalizeDealStage, normalizeLeadStage, normalizeLifecycle, parseBuyingRoles, parseOutcome} from '../shared/vocab';
import * as sel from './selectors';

const EMAIL = /[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}/i;

/** Record name from the highlight card, else the tab title ("Acme Oy | Company", as in [HTR]'s fixture). */
export function readName(root: ParentNode): string | undefined {
  const title = nameOf(queryFirst(root, sel.recordTitle));
  if (title) return title;
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const tab = typeof doc?.title === 'string' ? doc.title.split(' | ')[0] : undefined;
  return cleanName(tab);
}

export function readProperty(root: ParentNode, name: string): string | undefined {
  return textOf(queryFirst(root, sel.property(name)));
}

export function readFields(root: ParentNode, kind: RecordKind): CapturedRecord['fields'] {
  const p = (key: keyof typeof sel.PROPERTY_NAMES) => readProperty(root, sel.PROPERTY_NAMES[key]);
  const fields: CapturedRecord['fields'] = {
    email: kind === 'contact' ? p('email') : undefined,
    lifecycleStage: kind === 'contact' || kind === 'company' ? normalizeLifecycle(p('lifecycleStage')) : undefined,
    owner: cleanName(p('owner')),
    buyingRoles: kind === 'contact' ? parseBuyingRoles(p('buyingRoles')) : undefined,
    domain: kind === 'company' ? p('domain') : undefined,
    amount: kind === 'deal' ? parseAmount(p('amount')) : undefined,
    dealStage: kind === 'deal' ? normalizeDealStage(p('dealStage')) : undefined,
    leadStage: kind === 'lead' ? normalizeLeadStage(p('leadStage')) : undefined,
    companyId: kind === 'contact' || kind === 'lead' ? readCompanyId(root) : undefined,
  };
  return dropUndefined(fields);
}

/** Primary company of a contact: the first company chicklet's href `/record/0-2/{id}`. */
export function readCompanyId(root: ParentNode): string | undefined {
  const href = queryOne(root, sel.companyChicklet)?.getAttribute('href') ?? '';
  return /\/record\/0-2\/(\d+)|\/company\/(\d+)/.exec(href)?.slice(1).find(Boolean);
}

/** Contacts listed in the associated-contacts card; the id comes from each chicklet's href. */
export function readContacts(root: ParentNode): CapturedContactRef[] {
  const card = queryOne(root, sel.associatedContacts);
  const out: CapturedContactRef[] = [];
  for (const link of queryAll(card, sel.contactChicklet, 200)) {
    const href = link.getAttribute('href') ?? '';
    const id = /\/record\/0-1\/(\d+)|\/contact\/(\d+)/.exec(href)?.slice(1).find(Boolean);
    const name = nameOf(link);
    if (!id || !name || out.some((c) => c.id === id)) continue;
    const ref: CapturedContactRef = {id, name};
    // The card shows the email as a plain line beside the name; no hook, so match its shape.
    const email = findEmail(itemOf(link, card));
    if (email) ref.email = email;
    out.push(ref);
  }
  return out;
}

/** First text node shaped like an email (text nodes one by one: textContent glues lines together). */
function findEmail(el: Element | null): string | undefined {
  const stack: Node[] = el ? [el] : [];
  for (let seen = 0; stack.length && seen < 200; seen++) {
    const node = stack.shift()!;
    if (node.nodeType === 3) {
      const hit = EMAIL.exec(node.nodeValue ?? '')?.[0];
      if (hit) return hit;
    }
    stack.push(...Array.from(node.childNodes));
  }
  return undefined;
}

/** The card entry holding `el`: the ancestor whose parent is the card body. */
function itemOf(el: Element, card: Element | null): Element | null {
  let node: Element | null = el;
  while (node && node.parentElement && node.parentElement !== card) node = node.parentElement;
  return node;
}

export function readActivities(root: ParentNode): CapturedActivity[] {
  const scope = queryOne(root, sel.timeline) ?? root;
  const items = sel.timelineItem.flatMap((s) => queryAll(scope, s, 300));
  return uniqueBySource(items.map(readActivity));
}

export function readActivity(item: Element): CapturedActivity | undefined {
  const heading = textOf(queryFirst(item, sel.timelineHeading));
  const kind = classifyHeading(heading);
  const stamp = queryOne(item, sel.eventTimestamp);
  const time = queryOne(stamp, 'time[datetime]') ?? (stamp?.hasAttribute('datetime') ? stamp : null);
  return buildActivity({
    sourceId: attrOf(queryOne(item, sel.engagementId), 'data-selenium-id'),
    type: kind?.type,
    direction: kind?.direction,
    outcome: parseOutcome(textOf(queryOne(item, sel.callOutcome))),
    at: parseInstant(attrOf(time, 'datetime')),
    title: heading,
    body: textOf(queryFirst(item, sel.timelineBody)) ?? textOf(lastBlock(item)),
    userName: textOf(queryOne(item, sel.eventUser)),
  });
}

/** 2026 events have no body hook [HTR]: the body is the last block after the heading row. */
function lastBlock(item: Element): Element | null {
  let node: Element = item;
  while (node.children.length === 1) node = node.children[0];
  const last = node.lastElementChild;
  return last && node.children.length > 1 ? last : null;
}
