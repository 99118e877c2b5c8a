/**
 * The demo CRM's deals on a company page (docs/demo-dom.md, sidebar `associated-deals`): each
 * `deal-row` carries its id, stage id and amount as attributes, so open deals and open deal value roll
 * up from the company page itself (TA-14/15) without visiting every deal. Like lead-refs.ts, a small
 * reader beside the custom description, which has no notion of associated deals.
 */
import type {CapturedDealRef, PageInfo} from '../types';
import {cleanName} from '../shared/text';

const DEAL_ROW = '[data-testid="associated-deals"] [data-testid="deal-row"][data-deal-id]';
const ID = /^[A-Za-z0-9_.-]{1,200}$/;
const STAGE = /^[A-Za-z0-9_ -]{1,100}$/;

export function readDemoDeals(root: ParentNode, page: PageInfo): CapturedDealRef[] {
  if (page.type !== 'record' || page.kind !== 'company') return [];
  const out: CapturedDealRef[] = [];
  for (const row of root.querySelectorAll(DEAL_ROW)) {
    const id = row.getAttribute('data-deal-id')?.trim();
    if (!id || !ID.test(id) || out.some((d) => d.id === id)) continue;
    const ref: CapturedDealRef = {id};
    const name = cleanName(row.querySelector('a')?.textContent ?? undefined);
    if (name) ref.name = name;
    const stage = row.getAttribute('data-deal-stage')?.trim();
    if (stage && STAGE.test(stage)) ref.stage = stage;
    const amount = Number(row.getAttribute('data-amount'));
    // A missing or unreadable amount stays absent (TA-15 counts it as 0), never NaN.
    if (row.getAttribute('data-amount')?.trim() && Number.isFinite(amount)) ref.amount = amount;
    out.push(ref);
    if (out.length >= 2000) break;
  }
  return out;
}
