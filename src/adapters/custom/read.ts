/**
 * Evaluating ReadSpecs against the page. A spec names where a value is (selector, relative to the
 * item or the page; none = the item itself), how to read it (attribute or text), or gives it fixed
 * (`value`), then optionally maps CRM wording onto ours (`map`). Never throws.
 */
import type {CapturedActivity, CapturedContactRef, CapturedRecord, RecordKind} from '../types';
import {buildActivity, uniqueBySource} from '../shared/activities';
import {attrOf, queryAll, queryOne, textOf} from '../shared/dom';
import {dropUndefined} from '../shared/fields';
import {cleanName, cleanText, parseAmount, parseInstant, safeHttpUrl} from '../shared/text';
import {
  normalizeDealStage, normalizeLeadStage, normalizeLifecycle, parseActivityType, parseBuyingRoles, parseDirection, parseOutcome,
} from '../shared/vocab';
import type {ReadSpec, RecordSpec} from './schema';

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href']);

export function readValue(scope: ParentNode | null | undefined, spec: ReadSpec | undefined): string | undefined {
  if (spec === undefined || !scope) return undefined;
  const s = typeof spec === 'string' ? {selector: spec} : spec;
  let raw: string | undefined;
  if (s.value !== undefined) raw = cleanText(s.value);
  else {
    const el = s.selector ? queryOne(scope, s.selector) : (scope as Element);
    if (!el || typeof (el as Element).getAttribute !== 'function') return undefined;
    if (!s.attribute) raw = textOf(el);
    else if (URL_ATTRIBUTES.has(s.attribute.toLowerCase())) {
      // Only http(s) URLs leave the page; javascript:/data: hrefs are dropped.
      raw = safeHttpUrl(el.getAttribute(s.attribute), el.ownerDocument?.location?.href ?? 'https://invalid.example/');
    } else raw = attrOf(el, s.attribute);
  }
  if (raw === undefined || !s.map) return raw;
  return Object.hasOwn(s.map, raw) ? s.map[raw] : Object.hasOwn(s.map, raw.toLowerCase()) ? s.map[raw.toLowerCase()] : raw;
}

export function readFields(scope: ParentNode, spec: RecordSpec, kind: RecordKind): CapturedRecord['fields'] {
  const f = spec.fields;
  const r = (read: ReadSpec | undefined) => readValue(scope, read);
  return dropUndefined({
    email: r(f.email),
    lifecycleStage: normalizeLifecycle(r(f.lifecycleStage)),
    owner: cleanName(r(f.owner)),
    buyingRoles: parseBuyingRoles(r(f.buyingRoles)),
    domain: r(f.domain),
    amount: kind === 'deal' || f.amount ? parseAmount(r(f.amount)) : undefined,
    dealStage: normalizeDealStage(r(f.dealStage)),
    leadStage: normalizeLeadStage(r(f.leadStage)),
    companyId: cleanText(r(f.companyId), 200),
  });
}

export function readContacts(scope: ParentNode, spec: RecordSpec): CapturedContactRef[] {
  const c = spec.contacts;
  if (!c) return [];
  const out: CapturedContactRef[] = [];
  for (const item of queryAll(scope, c.item, 500)) {
    const id = cleanText(readValue(item, c.id), 200);
    const name = cleanName(readValue(item, c.name));
    if (!id || !name || out.some((x) => x.id === id)) continue;
    const ref: CapturedContactRef = {id, name};
    const email = readValue(item, c.email);
    if (email) ref.email = email;
    const roles = parseBuyingRoles(readValue(item, c.buyingRoles));
    if (roles) ref.buyingRoles = roles;
    out.push(ref);
  }
  return out;
}

export function readActivities(scope: ParentNode, spec: RecordSpec): CapturedActivity[] {
  const a = spec.activities;
  if (!a) return [];
  return uniqueBySource(
    queryAll(scope, a.item, 500).map((item) =>
      buildActivity({
        sourceId: readValue(item, a.id),
        type: parseActivityType(readValue(item, a.type)),
        direction: parseDirection(readValue(item, a.direction)),
        outcome: parseOutcome(readValue(item, a.outcome)),
        at: parseInstant(readValue(item, a.at)),
        title: readValue(item, a.title),
        body: readValue(item, a.body),
        userName: readValue(item, a.user),
        contactId: readValue(item, a.contactId),
      }),
    ),
  );
}
