/**
 * The settings document (chrome.storage.local "settings"), one JSON the user can export and import
 * (docs/settings-format.md). Read anywhere through `repairSettings`; written only by the background.
 *
 * Rules, workflows, lead automation and ad goals use the scenario format's names, so the same
 * validation (src/core/scenario) checks them and they feed the same engines.
 */
import * as v from 'valibot';
import type {World} from '../core/model';
import {parseScenario, type ScenarioError} from '../core/scenario/parse';

export const SETTINGS_FORMAT = 'goalpost-settings/1';

export interface Settings {
  format: typeof SETTINGS_FORMAT;
  /** Rule sets, in the scenario format (validated by parseScenario). */
  workflows: unknown[];
  lists: Array<{id: string; name?: string; contactIds: string[]}>;
  leadAutomation: Record<string, unknown> | null;
  adGoals: unknown[];
  users: Array<{id: string; teamId?: string; name?: string}>;
  /** Team names for the users' teamId (AG-22 team filter, TA-20). */
  teams: Array<{id: string; name: string}>;
  /** Who the person using this browser is among `users`: the creator of the goals they make (AG-14, AG-22). */
  currentUserId: string;
  gdprMode: boolean;
  fiscalYearStartMonth: number;
  /** User-described CRMs (src/adapters/custom), validated by validateCustomCrm. */
  customCrms: unknown[];
  /** Kill switches: adapter ids and feature ids that must not run. */
  disabledCrms: string[];
  disabledFeatures: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  format: SETTINGS_FORMAT,
  workflows: [],
  lists: [],
  leadAutomation: null,
  adGoals: [],
  users: [],
  teams: [],
  currentUserId: 'me',
  gdprMode: false,
  fiscalYearStartMonth: 1,
  customCrms: [],
  disabledCrms: [],
  disabledFeatures: [],
};

const fields: {[K in keyof Settings]: v.GenericSchema} = {
  format: v.literal(SETTINGS_FORMAT),
  workflows: v.array(v.unknown()),
  lists: v.array(v.object({id: v.string(), name: v.optional(v.string()), contactIds: v.array(v.string())})),
  leadAutomation: v.nullable(v.record(v.string(), v.unknown())),
  adGoals: v.array(v.unknown()),
  users: v.array(v.object({id: v.string(), teamId: v.optional(v.string()), name: v.optional(v.string())})),
  teams: v.array(v.object({id: v.pipe(v.string(), v.minLength(1)), name: v.string()})),
  currentUserId: v.pipe(v.string(), v.minLength(1)),
  gdprMode: v.boolean(),
  fiscalYearStartMonth: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12)),
  customCrms: v.array(v.unknown()),
  disabledCrms: v.array(v.string()),
  disabledFeatures: v.array(v.string()),
};

export interface Repaired {
  settings: Settings;
  /** What was wrong and set back to its default, e.g. `gdprMode: expected true or false`. */
  notes: string[];
}

/**
 * Stored settings may come from an older version, a hand-edited import or a bug: unknown fields are
 * dropped and bad or missing ones restored to their defaults, each with a note (darkreader's
 * validateSettings does the same).
 */
export function repairSettings(raw: unknown): Repaired {
  const notes: string[] = [];
  if (raw === undefined || raw === null) return {settings: structuredClone(DEFAULT_SETTINGS), notes};
  if (typeof raw !== 'object' || Array.isArray(raw)) return {settings: structuredClone(DEFAULT_SETTINGS), notes: ['settings: not an object; defaults restored']};
  const input = raw as Record<string, unknown>;
  const settings = structuredClone(DEFAULT_SETTINGS) as unknown as Record<string, unknown>;
  for (const key of Object.keys(fields) as Array<keyof Settings>) {
    if (!(key in input)) {
      if (key !== 'format') notes.push(`${key}: missing; default used`);
      continue;
    }
    const parsed = v.safeParse(fields[key], input[key]);
    if (parsed.success) settings[key] = parsed.output;
    else notes.push(`${key}: ${parsed.issues[0].message}; default restored`);
  }
  for (const key of Object.keys(input)) if (!(key in fields)) notes.push(`${key}: unknown setting dropped`);
  return {settings: settings as unknown as Settings, notes};
}

/** The rules in the settings as an engine World (no records: those arrive as events). */
export function settingsWorld(settings: Settings, now: number): {ok: true; world: World} | {ok: false; error: ScenarioError} {
  return parseScenario({
    format: 'goalpost-scenario/1',
    now: new Date(now).toISOString(),
    fiscalYearStartMonth: settings.fiscalYearStartMonth,
    gdprMode: settings.gdprMode,
    users: settings.users,
    lists: settings.lists.map((l) => ({...l, contactIds: []})),
    workflows: settings.workflows,
    ...(settings.leadAutomation ? {leadAutomation: settings.leadAutomation} : {}),
    adGoals: settings.adGoals,
  });
}
