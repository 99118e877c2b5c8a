// @vitest-environment node
import {IDBFactory} from 'fake-indexeddb';
import {beforeEach, describe, expect, test} from 'vitest';
import type {Effect} from '../core/model';
import {db, resetDbConnection, type StoredRecord} from './db';
import {applyWorkflowRecords} from './workflow-records';

const contact: StoredRecord = {id: 'demo:c1', kind: 'contact', source: 'demo:x', name: 'Aino', data: {email: 'aino@example.com'}, companyIds: ['demo:co1'], firstSeen: 1, lastSeen: 1};

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  resetDbConnection();
  await (await db()).put('records', contact);
});

const task = (over: Partial<Extract<Effect, {kind: 'createTask'}>> = {}): Effect => ({kind: 'createTask', title: 'Call back', contactId: 'demo:c1', source: 'workflow:wf1', taskId: 'e1/wf1/demo:c1/step1', at: 5000, ...over});
const prop = (value: string, at: number): Effect => ({kind: 'propertySet', contactId: 'demo:c1', property: 'hs_lead_status', value, source: 'workflow:wf1', eventId: `p${at}`, at});

describe('workflow steps on Goalpost\'s local records (issue 4)', () => {
  test('createTask stores a task activity on the contact and its companies, named by its workflow; a repeat rewrites the same record', async () => {
    expect(await applyWorkflowRecords([task()], 9000)).toBe(1);
    await applyWorkflowRecords([task()], 9999);
    const all = await (await db()).getAll('records');
    const tasks = all.filter((r) => r.kind === 'activity');
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({id: 'e1/wf1/demo:c1/step1', name: 'Call back', source: 'goalpost', companyIds: ['demo:co1'], firstSeen: 5000, data: {type: 'task', workflowId: 'wf1', contactId: 'demo:c1', at: 5000}});
  });

  test('setProperty keeps the value on the contact record with its workflow, captured fields untouched; an older value never overwrites a newer one', async () => {
    await applyWorkflowRecords([prop('OPEN', 2000)], 9000);
    await applyWorkflowRecords([prop('NEW', 1000)], 9000);
    let stored = await (await db()).get('records', 'demo:c1');
    expect(stored?.data).toEqual({email: 'aino@example.com', workflowProperties: {hs_lead_status: {value: 'OPEN', workflowId: 'wf1', at: 2000}}});
    await applyWorkflowRecords([prop('CONNECTED', 3000)], 9000);
    stored = await (await db()).get('records', 'demo:c1');
    expect(stored?.data.workflowProperties).toEqual({hs_lead_status: {value: 'CONNECTED', workflowId: 'wf1', at: 3000}});
  });

  test('effects that are not a workflow\'s, or name no task id, write nothing; an unknown contact gets no property', async () => {
    expect(await applyWorkflowRecords([task({source: 'leadAutomation:la1'}), task({taskId: undefined}), {kind: 'notify', message: 'x', source: 'workflow:wf1'}], 9000)).toBe(0);
    expect(await applyWorkflowRecords([{...prop('OPEN', 1), contactId: 'nobody'} as Effect], 9000)).toBe(0);
    expect((await (await db()).getAll('records')).map((r) => r.id)).toEqual(['demo:c1']);
  });
});
