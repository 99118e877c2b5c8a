import {describe, expect, test} from 'vitest';
import {CapturedRecord as CapturedRecordSchema} from '../../shared/protocol';
import * as v from 'valibot';
import {loadFixture} from '../shared/fixture';
import {demoAdapter} from './index';

const URL_ = 'http://127.0.0.1:5173/companies/co-002';
const page = {type: 'record', kind: 'company', id: 'co-002'} as const;

describe('demo company pages: associated deals are captured (TA-14/15 from the company page)', () => {
  const doc = () => loadFixture(new URL('./fixtures/company-deals.html', import.meta.url), URL_);

  test('deal rows are read with id, name, stage and amount; rows without a clean id are skipped, bad amounts left out', () => {
    const record = demoAdapter.readRecord(doc(), page);
    expect(record?.deals).toEqual([
      {id: 'dl-010', name: 'Birch – Platform', stage: 'open', amount: 12000},
      {id: 'dl-011', name: 'Birch – Pilot', stage: 'closedwon', amount: 5000},
      {id: 'dl-012', name: 'Birch – Add-on', stage: 'open'},
      {id: 'dl-014', name: 'Birch – Lost', stage: 'closedlost', amount: 7000},
    ]);
    // The record passes the capture message's schema with its deals kept.
    expect(v.parse(CapturedRecordSchema, record).deals).toHaveLength(4);
  });

  test('other record kinds carry no deals', () => {
    expect(demoAdapter.readRecord(doc(), {type: 'record', kind: 'contact', id: 'ct-0010'})?.deals).toBeUndefined();
  });
});
