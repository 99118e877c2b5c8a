/** LA-13 send email and branch: settings validation, nested edits, and running them. */
import {describe, expect, test} from 'vitest';
import {createLeadEngine} from './engine';
import {
  addStageAction,
  allActions,
  canOpenAsWorkflow,
  deleteStageAction,
  editStageAction,
  moveStageActionInTree,
  parseStageActions,
  stageActionsAsWorkflowSteps,
  type StageActionSettings,
} from './stage-actions';
import {at, drive, ev, makeWorld} from './test-world';

const tree: StageActionSettings = parseStageActions({
  attempting: [
    {id: 'b', type: 'branch', criteria: {property: 'country', op: 'eq', value: 'FI'},
      yes: [{id: 'y1', type: 'sendEmail', templateId: 'fi', subject: 'Hei'}],
      no: [{id: 'n1', type: 'createTask', title: 'Local rep'}, {id: 'n2', type: 'notify', message: 'No rep yet'}]},
    {id: 'after', type: 'notify', message: 'done'},
  ],
});
const ids = (s: StageActionSettings) => allActions(s.attempting ?? []).map((a) => a.id);

describe('LA-13 send email and branch settings', () => {
  test('LA-13 bad send-email and branch settings are refused with the path of the problem', () => {
    const bad = (list: unknown[]) => () => parseStageActions({attempting: list});
    expect(bad([{id: 'a', type: 'sendEmail', subject: 'Hi'}])).toThrow('leadAutomation.stageActions.attempting[0].templateId: must be a non-empty string');
    expect(bad([{id: 'a', type: 'sendEmail', templateId: 't', subject: 'Hi', webhookUrl: 'ftp://x'}])).toThrow('attempting[0].webhookUrl: must be an http(s) URL');
    expect(bad([{id: 'a', type: 'branch', yes: [], no: []}])).toThrow('attempting[0].criteria: a branch needs criteria');
    expect(bad([{id: 'a', type: 'branch', criteria: {property: 'x', op: 'equals', value: 1}}])).toThrow('attempting[0].criteria.op: unknown operator "equals"');
    expect(bad([{id: 'a', type: 'branch', criteria: {all: [{workflow: 'wf1', state: 'enrolled'}]}}])).toThrow('attempting[0].criteria.all[0].workflow: a lead stage branch cannot test workflow state');
    expect(bad([{id: 'a', type: 'branch', criteria: {property: 'x', op: 'known'}, yes: [{id: 'z', type: 'nope'}]}])).toThrow('attempting[0].yes[0].type: unknown stage action type "nope"');
    expect(bad([{id: 'a', type: 'branch', criteria: {property: 'x', op: 'known'}, no: [{id: 'a', type: 'notify', message: 'm'}]}])).toThrow('duplicate action id "a"');
  });

  test('LA-14 actions are added to, edited in and moved within a branch arm; editing the branch keeps its arms', () => {
    let next = addStageAction(tree, 'attempting', {id: 'y2', type: 'delay', hours: 2}, undefined, {branchId: 'b', arm: 'yes'});
    expect(ids(next)).toEqual(['b', 'y1', 'y2', 'n1', 'n2', 'after']);
    next = moveStageActionInTree(next, 'attempting', 'n2', -1);
    expect(ids(next)).toEqual(['b', 'y1', 'y2', 'n2', 'n1', 'after']);
    next = editStageAction(next, 'attempting', 'n1', {type: 'sendEmail', templateId: 'local', subject: 'Hej'});
    next = editStageAction(next, 'attempting', 'b', {type: 'branch', criteria: {property: 'country', op: 'in', value: ['FI', 'SE']}});
    const branch = next.attempting?.[0];
    expect(branch).toMatchObject({type: 'branch', criteria: {op: 'in'}, yes: [{id: 'y1'}, {id: 'y2'}], no: [{id: 'n2'}, {id: 'n1', type: 'sendEmail', subject: 'Hej'}]});
    expect(() => addStageAction(tree, 'attempting', {id: 'n1', type: 'notify', message: 'x'})).toThrow('already used');
    expect(() => addStageAction(tree, 'attempting', {id: 'q', type: 'notify', message: 'x'}, undefined, {branchId: 'nope', arm: 'no'})).toThrow('branch "nope" does not exist');
  });

  test('LA-15 deleting inside an arm keeps the rest of the arm; deleting the branch takes its arms, the following actions stay', () => {
    expect(ids(deleteStageAction(tree, 'attempting', 'n1', 'onlyThis'))).toEqual(['b', 'y1', 'n2', 'after']);
    expect(ids(deleteStageAction(tree, 'attempting', 'n1', 'thisAndFollowing'))).toEqual(['b', 'y1', 'after']);
    expect(ids(deleteStageAction(tree, 'attempting', 'b', 'onlyThis'))).toEqual(['after']);
    expect(ids(tree)).toEqual(['b', 'y1', 'n1', 'n2', 'after']);
  });

  test('LA-16 a list with send email or branch cannot become a workflow (workflows have no such steps)', () => {
    expect(canOpenAsWorkflow(tree.attempting ?? [])).toBe(false);
    expect(() => stageActionsAsWorkflowSteps(tree.attempting ?? [])).toThrow('has no workflow step to become');
    expect(canOpenAsWorkflow((tree.attempting ?? []).slice(1))).toBe(true);
  });
});

describe('LA-13 running send email and branch', () => {
  const world = (stageActions: unknown) =>
    makeWorld({leads: [{id: 'l1', contactId: 'c1', stage: 'new'}], contacts: [{id: 'c1'}], leadAutomation: {stageActions: stageActions as Record<string, unknown>}});

  test('LA-13 send email hands the sending to its webhook, is not the user\'s outreach, and the trail names template and subject', () => {
    const engine = createLeadEngine(world({attempting: [{id: 'm', type: 'sendEmail', templateId: 'intro', subject: 'Hello', webhookUrl: 'https://mail.example/send'}]}));
    const run = drive(engine, [ev(1, {type: 'emailSent', contactId: 'c1', userId: 'u1', id: 's1'})]);
    expect(run.effects).toEqual([expect.objectContaining({kind: 'webhook', url: 'https://mail.example/send', idempotencyKey: 's1/lead:l1/attempting/m',
      payload: expect.objectContaining({kind: 'sendEmail', templateId: 'intro', subject: 'Hello', leadId: 'l1', contactId: 'c1'})})]);
    expect(run.emitted).toEqual([]);
    expect(run.trail.at(-1)?.message).toBe('Attempting stage action: email "Hello" (template intro) recorded as sent; sending handed to webhook https://mail.example/send.');
    expect(engine.output().leads.l1.actionsRun[0]).toMatchObject({type: 'sendEmail', templateId: 'intro', subject: 'Hello'});
  });

  test('LA-13 the branch trail says which arm ran and why; a property set by an earlier action is seen by the branch', () => {
    const engine = createLeadEngine(world({attempting: [
      {id: 'p', type: 'setProperty', property: 'hs_lead_status', value: 'working'},
      {id: 'd', type: 'delay', hours: 1},
      {id: 'b', type: 'branch', criteria: {property: 'hs_lead_status', op: 'eq', value: 'working'}, yes: [{id: 'y', type: 'notify', message: 'working'}], no: []},
    ]}));
    const run = drive(engine, [ev(1, {type: 'emailSent', contactId: 'c1', userId: 'u1'})], at(3));
    const branch = run.trail.find((t) => t.criterion === 'hs_lead_status eq working');
    expect(branch?.message).toBe('Attempting stage branch b: took "yes" because the contact meets hs_lead_status eq working; runs y.');
    expect(run.effects).toEqual([expect.objectContaining({kind: 'notify', message: 'working'})]);
  });

  test('LA-13 a run parked on a delay inside an arm survives a snapshot and resumes with the arm and the actions after the branch', () => {
    const settings = {attempting: [
      {id: 'b', type: 'branch', criteria: {not: {event: 'emailReplied'}}, yes: [{id: 'd', type: 'delay', hours: 24}, {id: 'y', type: 'notify', message: 'no reply'}], no: []},
      {id: 'after', type: 'notify', message: 'after'},
    ]};
    const first = createLeadEngine(world(settings));
    drive(first, [ev(1, {type: 'emailSent', contactId: 'c1', userId: 'u1'})]);
    const second = createLeadEngine(world(settings), first.snapshot());
    const run = drive(second, [], at(30));
    expect(run.effects.map((e) => e.kind === 'notify' && e.message)).toEqual(['no reply', 'after']);
    expect(second.output().leads.l1.actionsRun.map((a) => a.actionId)).toEqual(['b', 'd', 'y', 'after']);
  });

  test('LA-13 branch facts come from the snapshot: a reply before the snapshot is seen by a branch after it', () => {
    const settings = {attempting: [{id: 'd', type: 'delay', hours: 24}, {id: 'b', type: 'branch', criteria: {event: 'emailReplied'}, yes: [{id: 'y', type: 'notify', message: 'replied'}], no: [{id: 'n', type: 'notify', message: 'silent'}]}]};
    const automation = {stageActions: settings, moveOnResponse: {enabled: false}};
    const w = makeWorld({leads: [{id: 'l1', contactId: 'c1', stage: 'new'}], leadAutomation: automation as unknown as Record<string, unknown>});
    const first = createLeadEngine(w);
    drive(first, [ev(1, {type: 'emailSent', contactId: 'c1', userId: 'u1'}), ev(2, {type: 'emailReplied', contactId: 'c1'})]);
    const second = createLeadEngine(w, first.snapshot());
    expect(drive(second, [], at(30)).effects).toEqual([expect.objectContaining({message: 'replied'})]);
  });
});
