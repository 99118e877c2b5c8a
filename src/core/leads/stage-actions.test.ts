import {describe, expect, test} from 'vitest';
import {
  addStageAction,
  commentOnStageAction,
  deleteStageAction,
  editStageAction,
  parseStageActions,
  stageActionsAsWorkflowSteps,
  type StageActionSettings,
} from './stage-actions';

const settings: StageActionSettings = parseStageActions({
  attempting: [
    {id: 'a1', type: 'createTask', title: 'Call'},
    {id: 'a2', type: 'delay', hours: 24},
    {id: 'a3', type: 'notify', message: 'Still attempting'},
    {id: 'a4', type: 'webhook', url: 'https://example.test/hook'},
  ],
});
const ids = (s: StageActionSettings) => (s.attempting ?? []).map((a) => a.id);

describe('stage action settings', () => {
  test('LA-15 deleting "only this action" keeps the following actions in order', () => {
    expect(ids(deleteStageAction(settings, 'attempting', 'a2', 'onlyThis'))).toEqual(['a1', 'a3', 'a4']);
  });

  test('LA-15 deleting "this action and all following" removes the rest of the list', () => {
    expect(ids(deleteStageAction(settings, 'attempting', 'a2', 'thisAndFollowing'))).toEqual(['a1']);
  });

  test('LA-15 deleting leaves the original settings untouched (the options page can cancel)', () => {
    deleteStageAction(settings, 'attempting', 'a1', 'thisAndFollowing');
    expect(ids(settings)).toEqual(['a1', 'a2', 'a3', 'a4']);
  });

  test('LA-14 an action can be added at a position and edited in place, keeping its comments', () => {
    let next = addStageAction(settings, 'attempting', {id: 'a5', type: 'setProperty', property: 'hs_lead_status', value: 'working'}, 1);
    expect(ids(next)).toEqual(['a1', 'a5', 'a2', 'a3', 'a4']);
    next = commentOnStageAction(next, 'attempting', 'a5', {authorId: 'u1', text: 'Needed for the report', at: 1000});
    next = editStageAction(next, 'attempting', 'a5', {type: 'notify', message: 'Working'});
    expect(next.attempting?.[1]).toEqual({id: 'a5', type: 'notify', message: 'Working', comments: [{authorId: 'u1', text: 'Needed for the report', at: 1000}]});
  });

  test('LA-14 comments keep author, text and time in the order made', () => {
    let next = commentOnStageAction(settings, 'attempting', 'a1', {authorId: 'u1', text: 'First', at: 1});
    next = commentOnStageAction(next, 'attempting', 'a1', {authorId: 'u2', text: 'Second', at: 2});
    expect(next.attempting?.[0].comments.map((c) => `${c.authorId}:${c.text}`)).toEqual(['u1:First', 'u2:Second']);
  });

  test('LA-13 stage actions saved with ISO comment times are read as epoch ms', () => {
    const parsed = parseStageActions({new: [{id: 'x', type: 'notify', message: 'hi', comments: [{authorId: 'u1', text: 'ok', at: '2026-01-01T00:00:00Z'}]}]});
    expect(parsed.new?.[0].comments[0].at).toBe(Date.parse('2026-01-01T00:00:00Z'));
  });

  test.each([
    [{attempting: [{id: 'b', type: 'goto'}]}, 'leadAutomation.stageActions.attempting[0].type: unknown stage action type "goto"'],
    [{attempting: [{id: 'd', type: 'delay', hours: 0}]}, 'leadAutomation.stageActions.attempting[0].hours: must be a positive number of hours'],
    [{won: []}, 'leadAutomation.stageActions.won: unknown lead stage'],
    [{new: [{id: 'a', type: 'notify', message: 'x'}, {id: 'a', type: 'notify', message: 'y'}]}, 'leadAutomation.stageActions.new[1].id: duplicate action id "a"'],
    [{new: [{id: 'w', type: 'webhook', url: 'ftp://x'}]}, 'leadAutomation.stageActions.new[0].url: must be an http(s) URL'],
    [{new: [{id: 't', type: 'createTask'}]}, 'leadAutomation.stageActions.new[0].title: must be a non-empty string'],
  ])('LA-13 bad stage actions are refused with the path of the problem (%#)', (raw, message) => {
    expect(() => parseStageActions(raw)).toThrow(message);
  });

  test('LA-14 editing or commenting on an action that does not exist says which', () => {
    expect(() => deleteStageAction(settings, 'attempting', 'zz', 'onlyThis')).toThrow('stage action "zz" does not exist on stage attempting');
    expect(() => addStageAction(settings, 'attempting', {id: 'a1', type: 'notify', message: 'x'})).toThrow('stage action id "a1" is already used');
  });

  test('LA-16 a stage\'s actions open as a full workflow with the same steps in order', () => {
    expect(stageActionsAsWorkflowSteps(settings.attempting ?? [])).toEqual([
      {type: 'createTask', title: 'Call'},
      {type: 'delay', hours: 24},
      {type: 'notify', message: 'Still attempting'},
      {type: 'webhook', url: 'https://example.test/hook'},
    ]);
  });
});
