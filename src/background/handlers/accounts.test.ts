import {IDBFactory} from 'fake-indexeddb';
import {beforeEach, describe, expect, test, vi} from 'vitest';
import {createFakeBrowser} from '../../../tests/unit/fake-browser';
import {captureToBatch, type CapturedRecord} from '../capture';
import {resetDbConnection} from '../db';
import {ingest, recordUserEvents, resetEngineHost} from '../engine-host';
import * as v from 'valibot';
import {NoteDraft, TaskDraft} from '../../shared/protocol/accounts';
import {accountsHandlers} from './accounts';

vi.mock('../../shared/browser', () => ({default: createFakeBrowser()}));

const NS = 'demo:127.0.0.1';
const NOW = Date.parse('2026-11-23T12:00:00Z');
const sender = {kind: 'page' as const, url: new URL('chrome-extension://x/')};
const handlers = accountsHandlers({now: () => NOW});
const co = (id: string) => `${NS}:company:${id}`;

function company(id: string, name: string, contacts: CapturedRecord['contacts'], activities: CapturedRecord['activities'] = []): CapturedRecord {
  return {kind: 'company', id, name, fields: {}, contacts, activities};
}

async function capture(record: CapturedRecord) {
  const batch = captureToBatch(NS, record, NOW - 1000);
  await ingest(batch.records, batch.events, NOW - 1000);
}

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  resetDbConnection();
  resetEngineHost();
  await capture(company('co-1', 'Aalto Oy', [{id: 'ct-1', name: 'Ella Virtanen', buyingRoles: ['decisionMaker']}, {id: 'ct-2', name: 'Jonas Berg'}]));
  await capture(
    company('co-2', 'Birch Oy', [{id: 'ct-3', name: 'Sanna Koski'}], [{sourceId: 'a-1', type: 'form', direction: 'contact', contactId: 'ct-3', at: NOW - 86_400_000, title: 'Demo request'}]),
  );
});

describe('accounts handlers', () => {
  test('TA-5 no targets: the query answers the setup state', async () => {
    const answer = await handlers['accounts/query']({}, sender);
    expect(answer.setup).toBe(true);
    expect(answer.rows).toEqual([]);
  });

  test('TA-3/TA-13 selected companies appear with their contact counts; TA-7 counts them', async () => {
    expect(await handlers['accounts/target-set']({companyIds: [co('co-1'), co('co-2')], value: true}, sender)).toEqual({changed: 2});
    const answer = await handlers['accounts/query']({sort: {key: 'contacts', dir: 'desc'}}, sender);
    expect(answer.rows.map((r) => [r.name, r.contacts])).toEqual([['Aalto Oy', 2], ['Birch Oy', 1]]);
    expect(answer.metrics.targetAccounts).toBe(2);
    expect(answer.categoryCounts.noDecisionMaker).toBe(1);
  });

  test('TA-4 a company Goalpost has never seen cannot be selected', async () => {
    await expect(handlers['accounts/target-set']({companyIds: [co('co-404')], value: true}, sender)).rejects.toThrow(/Unknown company/);
  });

  test('TA-36 removing a target takes it off the index and keeps the company', async () => {
    await handlers['accounts/target-set']({companyIds: [co('co-1')], value: true}, sender);
    await handlers['accounts/target-set']({companyIds: [co('co-1')], value: false}, sender);
    expect((await handlers['accounts/query']({}, sender)).rows).toEqual([]);
    const companies = await handlers['accounts/companies']({search: 'aalto'}, sender);
    expect(companies.map((c) => c.name)).toEqual(['Aalto Oy']);
  });

  test('TA-35 the record URL the panel saw is kept for "View company record"', async () => {
    await handlers['accounts/target-set']({companyIds: [co('co-1')], value: true, recordUrl: 'http://127.0.0.1/companies/co-1'}, sender);
    expect((await handlers['accounts/overview']({companyId: co('co-1')}, sender)).recordUrl).toBe('http://127.0.0.1/companies/co-1');
  });

  test('TA-30 a dismissed recommendation stays dismissed after the engines are rebuilt', async () => {
    const before = await handlers['accounts/recommendations']({}, sender);
    expect(before.recommendations.map((r) => r.companyId)).toContain(co('co-2'));
    await handlers['accounts/recommendation-dismiss']({companyId: co('co-2')}, sender);
    resetEngineHost();
    const after = await handlers['accounts/recommendations']({}, sender);
    expect(after.recommendations.map((r) => r.companyId)).not.toContain(co('co-2'));
  });

  test('TA-29 accepting a recommendation makes the company a target account', async () => {
    await handlers['accounts/recommendation-accept']({companyId: co('co-2')}, sender);
    expect((await handlers['accounts/query']({}, sender)).rows.map((r) => r.name)).toEqual(['Birch Oy']);
  });

  test('TA-31 the panel view: unknown companies say so, known ones carry their rollup', async () => {
    expect((await handlers['accounts/panel']({companyId: co('co-404')}, sender)).known).toBe(false);
    const panel = await handlers['accounts/panel']({companyId: co('co-2')}, sender);
    expect(panel.row?.lastEngagement).toBe(NOW - 86_400_000);
    expect(panel.targetAccount).toBe(false);
  });

  test('TA-18 GDPR mode is saved in the settings', async () => {
    expect(await handlers['accounts/gdpr-set']({gdprMode: true}, sender)).toEqual({gdprMode: true});
    expect(await handlers['accounts/gdpr-get']({}, sender)).toEqual({gdprMode: true});
  });
  test('TA-20 the index filters to one owner or to selected teams, and lists both for the filters', async () => {
    await handlers['accounts/target-set']({companyIds: [co('co-1'), co('co-2')], value: true}, sender);
    await recordUserEvents(
      [
        {id: 'o1', at: NOW, type: 'propertyChanged', companyId: co('co-1'), property: 'ownerId', value: 'maria'},
        {id: 't2', at: NOW, type: 'propertyChanged', companyId: co('co-2'), property: 'teamId', value: 'north'},
      ],
      'test',
      NOW,
    );
    const all = await handlers['accounts/query']({}, sender);
    expect(all.owners).toEqual([{id: 'maria', name: 'maria'}]);
    expect(all.teams).toEqual(['north']);
    expect((await handlers['accounts/query']({ownerId: 'maria'}, sender)).rows.map((r) => r.name)).toEqual(['Aalto Oy']);
    expect((await handlers['accounts/query']({teamIds: ['north']}, sender)).rows.map((r) => r.name)).toEqual(['Birch Oy']);
  });

  test('long tables are paged: offset and limit cut the sorted rows, total counts them all', async () => {
    await handlers['accounts/target-set']({companyIds: [co('co-1'), co('co-2')], value: true}, sender);
    const page = await handlers['accounts/query']({offset: 1, limit: 1}, sender);
    expect(page.total).toBe(2);
    expect(page.rows.map((r) => r.name)).toEqual(['Birch Oy']);
  });
});

describe('TA-35 row actions: tasks and notes written in Goalpost', () => {
  const DAY = 86_400_000;

  test('TA-35 TA-19 TA-22 a task with a due date is stored, shows in the overview and becomes Upcoming; the account leaves "No open tasks"', async () => {
    await handlers['accounts/target-set']({companyIds: [co('co-1')], value: true}, sender);
    expect((await handlers['accounts/query']({category: 'noOpenTasks'}, sender)).rows.map((r) => r.name)).toEqual(['Aalto Oy']);
    const {id} = await handlers['accounts/task-create']({companyId: co('co-1'), title: 'Send the renewal offer', body: 'Include the new pricing', due: NOW + 3 * DAY}, sender);
    const [row] = (await handlers['accounts/query']({}, sender)).rows;
    expect(row.upcoming).toBe(NOW + 3 * DAY);
    expect((await handlers['accounts/query']({category: 'noOpenTasks'}, sender)).rows).toEqual([]);
    const overview = await handlers['accounts/overview']({companyId: co('co-1')}, sender);
    expect(overview.activities[0]).toMatchObject({id, type: 'taskCreated', title: 'Send the renewal offer', body: 'Include the new pricing', due: NOW + 3 * DAY});
    expect(overview.stakeholders.map((s) => s.userId)).toContain('user:me');
  });

  test('TA-35 a note is stored with its text and listed first in the overview; it is not a touch (TA-16)', async () => {
    await handlers['accounts/target-set']({companyIds: [co('co-2')], value: true}, sender);
    const {id} = await handlers['accounts/note-create']({companyId: co('co-2'), body: 'Budget approved for Q1'}, sender);
    const overview = await handlers['accounts/overview']({companyId: co('co-2')}, sender);
    expect(overview.activities[0]).toMatchObject({id, type: 'noteLogged', body: 'Budget approved for Q1'});
    expect(overview.activityCount).toBe(2);
    expect(overview.row.lastTouch).toBeNull();
  });

  test('TA-4 a task or note on a company Goalpost has never seen is refused and nothing is stored', async () => {
    await expect(handlers['accounts/task-create']({companyId: co('co-404'), title: 'x'}, sender)).rejects.toThrow(/Unknown company .*co-404/);
    await expect(handlers['accounts/note-create']({companyId: co('co-404'), body: 'x'}, sender)).rejects.toThrow(/Unknown company/);
    expect((await handlers['accounts/companies']({search: ''}, sender)).map((c) => c.id)).not.toContain(co('co-404'));
  });

  test('bad drafts are refused naming the field: blank title, blank note, absurd due date', () => {
    const titled = v.safeParse(TaskDraft, {companyId: co('co-1'), title: '   '});
    expect(titled.success).toBe(false);
    expect(titled.issues?.[0].message).toBe('title is empty');
    expect(v.safeParse(NoteDraft, {companyId: co('co-1'), body: ''}).issues?.[0].message).toBe('note is empty');
    expect(v.safeParse(TaskDraft, {companyId: co('co-1'), title: 'ok', due: 12}).issues?.[0].message).toBe('due date is before the year 2000');
    expect(v.parse(TaskDraft, {companyId: co('co-1'), title: '  Call back  '}).title).toBe('Call back');
  });
});
