/** Criterion text for the trail's `criterion` field ("why?" hover), e.g. `lifecyclestage eq customer`. */
import type {Criteria, PropertyValue} from '../model';

const show = (v: PropertyValue | PropertyValue[] | undefined): string =>
  Array.isArray(v) ? `[${v.map((x) => show(x)).join(', ')}]` : v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v);

export function describeCriterion(c: Criteria): string {
  if ('all' in c) return c.all.map((x) => group(x)).join(' and ');
  if ('any' in c) return c.any.map((x) => group(x)).join(' or ');
  if ('not' in c) return `not ${group(c.not)}`;
  if ('property' in c) return c.op === 'known' || c.op === 'unknown' ? `${c.property} ${c.op}` : `${c.property} ${c.op} ${show(c.value)}`;
  if ('event' in c) {
    let text = c.event;
    if (c.where) text += ` where ${Object.entries(c.where).map(([k, v]) => `${k}=${show(v)}`).join(', ')}`;
    if (c.count) text += ` count ${c.count.op} ${c.count.value}`;
    if (c.withinDays !== undefined) text += ` within ${c.withinDays} days`;
    return text;
  }
  if ('listMember' in c) return `listMember ${c.listMember}`;
  return `workflow ${c.workflow} ${c.state}`;
}

/** Parenthesise groups so "a and (b or c)" reads unambiguously. */
function group(c: Criteria): string {
  const text = describeCriterion(c);
  return 'all' in c || 'any' in c ? `(${text})` : text;
}
