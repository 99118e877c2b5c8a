/** The content script's lean answer checks (src/content/protocol.ts) against the full valibot protocol. */
import * as v from 'valibot';
import {afterEach, describe, expect, test, vi} from 'vitest';
import {MessageError, send} from '../../src/content/messaging';
import {contentChecks} from '../../src/content/protocol';
import {protocol} from '../../src/shared/protocol';

const lead = {
  id: 'demo:h:lead:l1', contactId: 'demo:h:contact:c1', stage: 'attempting', pipelineId: 'default', automationLocked: false, lock: null,
  history: [{from: 'new', to: 'attempting', at: '2026-01-01T00:00:00Z', cause: 'automation', rule: 'LA-4'}],
  why: [{rule: 'LA-4', message: 'call logged', at: 1}],
};
const summary = {id: 'demo:h:company:co', name: 'Acme', firstSeen: 1, lastSeen: 2, contacts: [{id: 'c', name: 'Ann', buyingRoles: []}], activities: [{id: 'a', type: 'call', direction: 'user', capturedAt: 3}], activityCount: 1};
const valid: Record<keyof typeof contentChecks, unknown> = {
  'settings/get': {settings: {customCrms: []}, notes: []},
  'health/report': {},
  'record/captured': {recordId: 'r', newEvents: 2, summary},
  'company/summary': null,
  'workflows/contact': [{workflowId: 'w', name: 'Onboarding', status: 'active', counted: true, stepsRun: 1, steps: 3, why: 'enrolled', trail: [{rule: 'WG-1', message: 'x', at: 1}], actions: [{kind: 'task', step: 2, title: 'Call back', at: 5, why: [{rule: 'WG-6', message: 'step ran', at: 5}]}]}],
  'leads/ensure': {added: 1},
  'leads/forContacts': {leads: {[lead.id]: lead}, byContact: {[lead.contactId]: [lead.id]}},
  'leads/move': lead,
  'leads/rearm': {...lead, lock: {at: '2026-01-01T00:00:00Z', by: null}, automationLocked: true},
  'leads/logCall': lead,
  'accounts/panel': {known: true, targetAccount: false, row: {id: 'co', name: 'Acme', contacts: 1, openDeals: 0, openDealValue: 0, lastTouch: null, lastEngagement: 5, upcoming: null, categories: []}, stakeholders: [{userId: 'user:ann', activities: 2, lastAt: 4}], now: 9},
  'accounts/target-set': {changed: 1},
};
/** Answers the full schema refuses: a missing field, a wrong type deep inside, a wrong enum value. */
const invalid: Array<[keyof typeof contentChecks, unknown]> = [
  ['settings/get', {settings: {}}],
  ['record/captured', {recordId: 'r', newEvents: '2', summary: null}],
  ['record/captured', {recordId: 'r', newEvents: 2, summary: {...summary, contacts: [{id: 'c', name: 'Ann'}]}}],
  ['workflows/contact', [{...(valid['workflows/contact'] as object[])[0], status: 'paused'}]],
  ['workflows/contact', [{...(valid['workflows/contact'] as object[])[0], actions: [{kind: 'email', step: 1, title: 'x'}]}]],
  ['leads/forContacts', {leads: {x: {...lead, stage: 'won'}}, byContact: {}}],
  ['leads/forContacts', {leads: {}, byContact: {c: 'l1'}}],
  ['leads/move', {...lead, lock: {at: 1, by: null}}],
  ['leads/move', {...lead, why: [{rule: 'LA-4', at: 1}]}],
  ['accounts/panel', {...(valid['accounts/panel'] as object), row: {id: 'co'}}],
  ['accounts/target-set', {}],
  ['company/summary', []],
];

describe('content-side answer checks', () => {
  test('cover exactly the messages the background accepts from content scripts', () => {
    const fromContent = Object.entries(protocol).filter(([, m]) => (m.from as readonly string[]).includes('content')).map(([name]) => name).sort();
    expect(Object.keys(contentChecks).sort()).toEqual(fromContent);
  });

  test.each(Object.entries(valid))('%s: an answer the full schema accepts passes', (name, answer) => {
    expect(v.safeParse(protocol[name as keyof typeof contentChecks].response, answer).success).toBe(true);
    expect(contentChecks[name as keyof typeof contentChecks](answer)).toBe(true);
  });

  test.each(invalid)('%s: an answer the full schema refuses is refused (%j)', (name, answer) => {
    expect(v.safeParse(protocol[name].response, answer).success).toBe(false);
    expect(contentChecks[name](answer)).toBe(false);
  });
});

describe('content send', () => {
  afterEach(() => vi.unstubAllGlobals());
  const answering = (answer: unknown) => {
    const sendMessage = vi.fn(async () => answer);
    vi.stubGlobal('chrome', {runtime: {sendMessage}});
    return sendMessage;
  };

  test('sends {type, payload} and returns a checked answer', async () => {
    const sendMessage = answering({ok: true, value: {added: 3}});
    await expect(send('leads/ensure', {leads: []})).resolves.toEqual({added: 3});
    expect(sendMessage).toHaveBeenCalledWith({type: 'leads/ensure', payload: {leads: []}});
  });

  test('a refusal becomes a MessageError naming the path', async () => {
    answering({ok: false, error: {code: 'invalid-message', message: 'too long', path: 'leads[3].leadId'}});
    const error = await send('leads/ensure', {leads: []}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MessageError);
    expect(error).toMatchObject({code: 'invalid-message', path: 'leads[3].leadId', message: 'too long (at leads[3].leadId)'});
  });

  test('no answer, or an answer of the wrong shape, is an error, not a value', async () => {
    answering(undefined);
    await expect(send('leads/ensure', {leads: []})).rejects.toThrow('No valid answer to leads/ensure');
    answering({ok: true, value: {added: 'three'}});
    await expect(send('leads/ensure', {leads: []})).rejects.toThrow('The answer to leads/ensure has an unexpected shape');
  });
});
