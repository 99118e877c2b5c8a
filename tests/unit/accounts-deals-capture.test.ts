/** Deals on demo company pages, read by the adapter, captured by the background, rolled up by the TA engine. */
import * as v from 'valibot';
import {describe, expect, test} from 'vitest';
import {demoAdapter} from '../../src/adapters/demo';
import {loadFixture} from '../../src/adapters/shared/fixture';
import {captureToBatch} from '../../src/background/capture';
import {createAccountEngine, queryAccounts} from '../../src/core/accounts';
import type {ScenarioEvent, World} from '../../src/core/model';
import {CapturedRecord as CapturedRecordSchema} from '../../src/shared/protocol';

const URL_ = 'http://127.0.0.1:5173/companies/co-002';
const page = {type: 'record', kind: 'company', id: 'co-002'} as const;
const NS = 'demo:127.0.0.1:5173';
const emptyWorld = (): World => ({now: 0, fiscalYearStartMonth: 1, users: [], companies: [], contacts: [], deals: [], lists: [], workflows: [], leads: [], adMetrics: [], adGoals: [], events: []});
const doc = () => loadFixture(new URL('../../src/adapters/demo/fixtures/company-deals.html', import.meta.url), URL_);

describe('deals captured from a demo company page roll up (TA-14/15)', () => {
  test('TA-14 TA-15 the captured company rolls up open deals and open deal value (closed won/lost excluded, missing amount = 0)', () => {
    const record = demoAdapter.readRecord(doc(), page)!;
    const batch = captureToBatch(NS, v.parse(CapturedRecordSchema, record), 1000);
    const companyId = `${NS}:company:co-002`;
    const deals = batch.records.filter((r) => r.kind === 'deal');
    expect(deals.map((d) => [d.id, d.companyIds])).toEqual(['dl-010', 'dl-011', 'dl-012', 'dl-014'].map((id) => [`${NS}:deal:${id}`, [companyId]]));
    const engine = createAccountEngine(emptyWorld());
    for (const e of batch.events) if (e.engine) engine.apply(e.engine as ScenarioEvent);
    engine.apply({id: 't', at: 2000, type: 'targetAccountSet', companyId, value: true});
    const [row] = queryAccounts(engine.state, {}).rows;
    expect([row.name, row.openDeals, row.openDealValue]).toEqual(['Birch Oy', 2, 12000]);
  });

  test('TA-8 recapturing the page after a deal closes updates the rollup; the same page twice adds no events', () => {
    const first = captureToBatch(NS, v.parse(CapturedRecordSchema, demoAdapter.readRecord(doc(), page)!), 1000);
    const again = captureToBatch(NS, v.parse(CapturedRecordSchema, demoAdapter.readRecord(doc(), page)!), 5000);
    expect(again.events.map((e) => e.id)).toEqual(first.events.map((e) => e.id));
    const changed = doc();
    changed.querySelector('[data-deal-id="dl-010"]')!.setAttribute('data-deal-stage', 'closedwon');
    const later = captureToBatch(NS, v.parse(CapturedRecordSchema, demoAdapter.readRecord(changed, page)!), 9000);
    const companyId = `${NS}:company:co-002`;
    const engine = createAccountEngine(emptyWorld());
    for (const e of [...first.events, ...later.events]) if (e.engine) engine.apply(e.engine as ScenarioEvent);
    engine.apply({id: 't', at: 10_000, type: 'targetAccountSet', companyId, value: true});
    const [row] = queryAccounts(engine.state, {}).rows;
    expect([row.openDeals, row.openDealValue]).toEqual([1, 0]);
  });
});
