import {describe, expect, test} from 'vitest';
import {DEFAULT_SETTINGS, repairSettings, settingsWorld} from '../../src/shared/settings';
import {parseBackup} from '../../src/background/backup';

describe('stored settings are repaired, never fatal', () => {
  test('missing settings give the defaults', () => {
    expect(repairSettings(undefined)).toEqual({settings: DEFAULT_SETTINGS, notes: []});
  });

  test('unknown fields are dropped and bad ones restored to defaults, each with a note', () => {
    const {settings, notes} = repairSettings({format: 'goalpost-settings/1', gdprMode: 'yes', fiscalYearStartMonth: 13, colour: 'red', disabledCrms: ['hubspot']});
    expect(settings.gdprMode).toBe(false);
    expect(settings.fiscalYearStartMonth).toBe(1);
    expect(settings.disabledCrms).toEqual(['hubspot']);
    expect(settings).not.toHaveProperty('colour');
    expect(notes).toEqual(expect.arrayContaining([expect.stringMatching(/^gdprMode: /), expect.stringMatching(/^fiscalYearStartMonth: /), 'colour: unknown setting dropped']));
  });

  test('a non-object is replaced by the defaults with a note', () => {
    expect(repairSettings('garbage').notes).toEqual(['settings: not an object; defaults restored']);
  });

  test('rules in the settings are checked by the scenario parser, with the path of the problem', () => {
    const r = settingsWorld({...DEFAULT_SETTINGS, workflows: [{id: 'w', goal: {any: [{property: 'x', op: 'nope'}]}}]}, 0);
    expect(r).toMatchObject({ok: false, error: {path: 'workflows[0].goal.any[0].op'}});
  });
});

describe('backup documents', () => {
  const doc = {format: 'goalpost-backup', version: 1, exportedAt: '2026-11-20T00:00:00Z', settings: {}, records: [], events: [], trail: []};

  test('a valid backup parses', () => {
    expect(parseBackup(JSON.stringify(doc)).ok).toBe(true);
  });

  test.each([
    ['not JSON', '{', '(file)'],
    ['another format', JSON.stringify({...doc, format: 'x'}), 'format'],
    ['a newer version', JSON.stringify({...doc, version: 99}), 'version'],
    ['a bad record', JSON.stringify({...doc, records: [{id: 'a', kind: 'spaceship'}]}), 'records[0].kind'],
    ['duplicate record ids', JSON.stringify({...doc, records: [1, 2].map(() => ({id: 'a', kind: 'company', source: 's', name: 'n', data: {}, companyIds: [], firstSeen: 0, lastSeen: 0}))}), 'records[1].id'],
  ])('%s is refused with the place of the problem', (_n, json, path) => {
    const r = parseBackup(json);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0].path).toBe(path);
  });

  test('a newer backup says to update Goalpost', () => {
    const r = parseBackup(JSON.stringify({...doc, version: 7}));
    expect(r.ok === false && r.problems[0].message).toContain('newer Goalpost');
  });
});
