/** Handlers of the adgoals capability's messages (src/shared/protocol/adgoals.ts). */
import {editAdGoal, requestDeleteAdGoals, resolveDeleteAdGoals, validateAdGoal, type AdGoalsOutput} from '../../core/adgoals';
import type {AdGoal} from '../../core/model';
import {adMetricsImportedEvent} from '../../import';
import type {adgoalsProtocol} from '../../shared/protocol/adgoals';
import {settingsWorld, type Settings} from '../../shared/settings';
import {readEngines, recordUserEvents, rulesChanged} from '../engine-host';
import type {HandlersFor} from '../router';
import {readSettings, writeSettings} from '../settings-store';
import {addToAdCatalog, readAdCatalog} from './adgoals-catalog';
import type {HandlerDeps} from './deps';

/** Goalpost is single-user: the person using the extension creates every goal (AG-14 recipient). */
export const CURRENT_USER = 'me';

const goalsOf = (settings: Settings) => settings.adGoals as AdGoal[];

async function saveGoals(settings: Settings, goals: AdGoal[], now: number): Promise<string | null> {
  const users = settings.users.some((u) => u.id === CURRENT_USER) ? settings.users : [...settings.users, {id: CURRENT_USER}];
  const next: Settings = {...settings, users, adGoals: goals};
  const world = settingsWorld(next, now);
  if (!world.ok) return `${world.error.path}: ${world.error.message}`;
  await writeSettings(next);
  await rulesChanged(now);
  return null;
}

export function adgoalsHandlers({now}: HandlerDeps): HandlersFor<typeof adgoalsProtocol> {
  return {
    async 'adMetrics/import'({rows, campaignNames, currency}) {
      const at = now();
      // The id hashes the rows: importing the same export again is an event the log already has.
      const event = adMetricsImportedEvent(rows, at);
      const {newEvents} = await recordUserEvents([event], 'adMetrics', at);
      await addToAdCatalog(rows, campaignNames, currency);
      return {eventId: event.id, newEvents, rows: rows.length};
    },
    async 'adGoals/catalog'() {
      return readAdCatalog();
    },
    async 'adGoals/list'() {
      const {settings} = await readSettings();
      const goals = goalsOf(settings);
      const results = goals.length
        ? await readEngines(now(), ({engines}) => (engines.adGoals.output() as AdGoalsOutput).adGoals)
        : {};
      return {goals, results, fiscalYearStartMonth: settings.fiscalYearStartMonth, userId: CURRENT_USER, users: settings.users};
    },
    async 'adGoals/save'({id, goal}) {
      const at = now();
      const {settings} = await readSettings();
      const goals = goalsOf(settings);
      const fiscal = settings.fiscalYearStartMonth;
      let saved: AdGoal;
      if (id) {
        const existing = goals.find((g) => g.id === id);
        if (!existing) return {goalId: null, errors: [{field: 'id', rule: 'AG-24', message: `No goal "${id}" exists.`}]};
        const edited = editAdGoal(existing, goal, fiscal);
        if (!edited.ok) return {goalId: null, errors: edited.errors};
        saved = edited.goal;
      } else {
        saved = {...goal, id: `g-${crypto.randomUUID()}`, ownerId: CURRENT_USER};
        const errors = validateAdGoal(saved, fiscal);
        if (errors.length) return {goalId: null, errors};
      }
      const next = id ? goals.map((g) => (g.id === id ? saved : g)) : [...goals, saved];
      const problem = await saveGoals(settings, next, at);
      if (problem) return {goalId: null, errors: [{field: 'goal', rule: 'AG-11', message: problem}]};
      return {goalId: saved.id, errors: []};
    },
    async 'adGoals/delete'({goalIds, confirmed}) {
      const {settings} = await readSettings();
      const goals = goalsOf(settings);
      const request = requestDeleteAdGoals(goals, goalIds);
      const result = resolveDeleteAdGoals(goals, request, confirmed);
      if (result.deleted.length) {
        const problem = await saveGoals(settings, result.goals, now());
        if (problem) throw new Error(problem);
      }
      return {deleted: result.deleted};
    },
  };
}
