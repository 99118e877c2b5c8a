import {describe, expect, test} from 'vitest';
import {deleteStageAction, parseStageActions, type StageActionSettings, type StageActionStep} from '../../../core/leads';
import {deleteCount, draftOf, emptyDraft, moveStageAction, nextActionId, saveAction, stageWorkflow, stepOf, summaryOf} from './leads-actions-model';

const settings: StageActionSettings = parseStageActions({
  attempting: [
    {id: 'a1', type: 'createTask', title: 'Call within 2 days', comments: [{authorId: 'Maria', text: 'Keep it short', at: 1_700_000_000_000}]},
    {id: 'a2', type: 'delay', hours: 48},
    {id: 'a3', type: 'notify', message: 'Still attempting'},
  ],
});

describe('stage action drafts (LA-13, LA-14)', () => {
  test.each([
    ['createTask', {type: 'createTask', title: 'Call them'}],
    ['notify', {type: 'notify', message: 'Heads up'}],
    ['webhook', {type: 'webhook', url: 'https://example.test/hook'}],
    ['delay', {type: 'delay', hours: 1.5}],
    ['setProperty text', {type: 'setProperty', property: 'lifecyclestage', value: 'lead'}],
    ['setProperty number', {type: 'setProperty', property: 'score', value: 12}],
    ['setProperty boolean', {type: 'setProperty', property: 'vip', value: false}],
    ['setProperty null', {type: 'setProperty', property: 'owner', value: null}],
  ] as const)('LA-14 %s round-trips through the form draft', (_name, step) => {
    expect(stepOf(draftOf(step))).toEqual({ok: true, step});
  });

  test.each([
    ['createTask', {...emptyDraft('createTask'), title: '  '}, 'title', 'Fill in this field.'],
    ['webhook', {...emptyDraft('webhook'), url: 'ftp://x'}, 'url', 'Enter an http:// or https:// URL.'],
    ['delay', {...emptyDraft('delay'), hours: '0'}, 'hours', 'Enter a positive number of hours.'],
    ['setProperty', {...emptyDraft('setProperty'), property: 'score', valueKind: 'number' as const, value: 'ten'}, 'value', 'Enter a number.'],
  ])('LA-14 a bad %s names its field', (_name, draft, field, error) => {
    expect(stepOf(draft)).toEqual({ok: false, field, error});
  });

  test('summaries are readable', () => {
    expect(settings.attempting!.map(summaryOf)).toEqual(['Create task “Call within 2 days”', 'Wait 48 h', 'Notify “Still attempting”']);
  });
});

describe('stage action edits (LA-14, LA-15)', () => {
  test('LA-14 adding gives a fresh id at the end; editing keeps id, position and comments', () => {
    const added = saveAction(settings, 'attempting', {type: 'createTask', title: 'Email them'});
    expect(added.ok && added.settings.attempting!.map((a) => a.id)).toEqual(['a1', 'a2', 'a3', 'a4']);
    const edited = saveAction(settings, 'attempting', {type: 'notify', message: 'Changed'}, 'a1');
    expect(edited.ok && edited.settings.attempting![0]).toMatchObject({id: 'a1', type: 'notify', message: 'Changed', comments: [{authorId: 'Maria'}]});
    expect(nextActionId({new: [{id: 'a2', type: 'delay', hours: 1, comments: []}]})).toBe('a3');
  });

  test('LA-14 the engine refuses what it cannot run, as data', () => {
    const result = saveAction(settings, 'attempting', {type: 'webhook', url: 'not a url'});
    expect(result).toEqual({ok: false, error: expect.stringContaining('must be an http(s) URL')});
  });

  test('LA-13 reordering moves an action with its comments and clamps at the ends', () => {
    const down = moveStageAction(settings, 'attempting', 'a1', 1);
    expect(down.attempting!.map((a) => a.id)).toEqual(['a2', 'a1', 'a3']);
    expect(down.attempting![1].comments).toHaveLength(1);
    expect(moveStageAction(settings, 'attempting', 'a1', -1)).toBe(settings);
    expect(moveStageAction(settings, 'attempting', 'a3', 5)).toBe(settings);
  });

  test('LA-15 the dialog counts what each choice deletes', () => {
    const list = settings.attempting!;
    expect(deleteCount(list, 'a2', 'onlyThis')).toBe(1);
    expect(deleteCount(list, 'a2', 'thisAndFollowing')).toBe(2);
    expect(deleteStageAction(settings, 'attempting', 'a2', 'onlyThis').attempting!.map((a) => a.id)).toEqual(['a1', 'a3']);
  });
});

describe('open as workflow (LA-16)', () => {
  test('LA-16 the stage actions become the workflow steps, in order, under a free id', () => {
    const workflow = stageWorkflow('attempting', settings.attempting!, ['lead-stage-attempting'], 'Attempting stage actions');
    expect(workflow).toEqual({
      id: 'lead-stage-attempting-2', name: 'Attempting stage actions', objectType: 'contact', enrollment: null, goal: null,
      suppressionLists: [], unenrollWhenTriggerNoLongerMet: false,
      steps: [{type: 'createTask', title: 'Call within 2 days'}, {type: 'delay', hours: 48}, {type: 'notify', message: 'Still attempting'}],
    });
  });
});

describe('send email and branch in the form (LA-13)', () => {
  test.each([
    ['sendEmail', {type: 'sendEmail', templateId: 'intro-1', subject: 'Quick intro'}],
    ['sendEmail with webhook', {type: 'sendEmail', templateId: 'intro-1', subject: 'Quick intro', webhookUrl: 'https://mail.example/send'}],
    ['branch', {type: 'branch', criteria: {all: [{property: 'country', op: 'eq', value: 'FI'}, {event: 'emailReplied'}]}}],
    ['branch with OR', {type: 'branch', criteria: {any: [{property: 'country', op: 'eq', value: 'FI'}, {all: [{listMember: 'nordics'}, {event: 'formSubmitted', withinDays: 30}]}]}}],
  ] as Array<[string, StageActionStep]>)('LA-13 %s round-trips through the form draft', (_name, step) => {
    expect(stepOf(draftOf(step))).toEqual({ok: true, step});
  });

  test('LA-13 a branch whose criteria the builder cannot draw is edited as JSON and still round-trips', () => {
    const step: StageActionStep = {type: 'branch', criteria: {not: {listMember: 'competitors'}}};
    const draft = draftOf(step);
    expect(draft.groups).toBeNull();
    expect(stepOf(draft)).toEqual({ok: true, step});
    expect(stepOf({...draft, criteriaJson: '{"not": '})).toEqual({ok: false, field: 'criteria', error: 'This is not valid JSON.'});
  });

  test.each([
    ['sendEmail without template', {...emptyDraft('sendEmail'), subject: 'Hi'}, 'templateId', 'Fill in this field.'],
    ['sendEmail without subject', {...emptyDraft('sendEmail'), templateId: 't1'}, 'subject', 'Fill in this field.'],
    ['sendEmail with a bad webhook', {...emptyDraft('sendEmail'), templateId: 't1', subject: 'Hi', webhookUrl: 'mail.example'}, 'webhookUrl', 'Enter an http:// or https:// URL.'],
    ['branch without conditions', {...emptyDraft('branch'), groups: []}, 'criteria', 'Add at least one condition.'],
    ['branch on workflow state', {...emptyDraft('branch'), groups: [[{kind: 'workflow' as const, workflowId: 'wf1', state: 'enrolled' as const}]]}, 'criteria', 'A lead branch cannot test workflow state. Use a property, activity or list condition.'],
  ])('LA-13 a bad %s names its field', (_name, draft, field, error) => {
    expect(stepOf(draft)).toEqual({ok: false, field, error});
  });

  test('LA-13 adding into a branch arm, summaries, and LA-15 counting a branch with its arms', () => {
    let s = parseStageActions({connected: [{id: 'b1', type: 'branch', criteria: {property: 'country', op: 'eq', value: 'FI'}}]});
    const saved = saveAction(s, 'connected', {type: 'sendEmail', templateId: 'fi', subject: 'Hei'}, undefined, {branchId: 'b1', arm: 'no'});
    if (!saved.ok) throw new Error(saved.error);
    s = saved.settings;
    const branch = s.connected![0];
    expect(branch).toMatchObject({yes: [], no: [{id: 'a2', type: 'sendEmail'}]});
    expect(nextActionId(s)).toBe('a3');
    expect(s.connected!.map(summaryOf)).toEqual(['Branch: if country eq FI']);
    expect(summaryOf((branch as {no: StageActionSettings['connected']}).no![0])).toBe('Send email “Hei” (template fi)');
    expect(deleteCount(s.connected!, 'b1', 'onlyThis')).toBe(2);
  });
});
