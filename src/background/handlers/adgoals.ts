/** Handlers of the adgoals capability's messages (src/shared/protocol/adgoals.ts). */
import {creatorOf, editAdGoal, isLifecycleTemplate, validatePeople, type People, requestDeleteAdGoals, resolveDeleteAdGoals, validateAdGoal, type AdGoalEngine, type AdGoalsOutput} from '../../core/adgoals';
import {isoInstant} from '../../core/adgoals/dates';
import type {AdGoal} from '../../core/model';
import {adMetricsImportedEvent} from '../../import';
import type {adgoalsProtocol} from '../../shared/protocol/adgoals';
import {settingsWorld, type Settings} from '../../shared/settings';
import {readEngines, recordUserEvents, rulesChanged} from '../engine-host';
import type {HandlersFor} from '../router';
import {readSettings, writeSettings} from '../settings-store';
import {addToAdCatalog, readAdCatalog} from './adgoals-catalog';
import type {HandlerDeps} from './deps';

/**
 * The default identity (settings.currentUserId starts as "me"): the person using the extension creates
 * the goals they make (AG-14 recipient). Settings → Ad goals → "You and your team" changes who that is.
 */
export const CURRENT_USER = 'me';

const peopleOf = (settings: Settings): People => ({
  currentUserId: settings.currentUserId,
  // The current user is always listed, even before anyone opened "You and your team".
  users: settings.users.some((u) => u.id === settings.currentUserId) ? settings.users : [...settings.users, {id: settings.currentUserId}],
  teams: settings.teams,
});

const goalsOf = (settings: Settings) => settings.adGoals as AdGoal[];

async function saveGoals(settings: Settings, goals: AdGoal[], now: number): Promise<string | null> {
  const next: Settings = {...settings, users: peopleOf(settings).users, adGoals: goals};
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
      const people = peopleOf(settings);
      return {goals, results, fiscalYearStartMonth: settings.fiscalYearStartMonth, userId: people.currentUserId, users: people.users, teams: people.teams};
    },
    async 'adGoals/refresh'({goalIds}) {
      const at = now();
      const {settings} = await readSettings();
      const known = goalsOf(settings).map((g) => g.id);
      const unknown = goalIds?.find((id) => !known.includes(id));
      if (unknown) throw new Error(`adGoals/refresh: no goal "${unknown}" exists`);
      // Logged as an event, in the same transaction as the engines' new state: the refreshed figures,
      // the refresh time and the restarted 24-hour schedule survive a worker stop and a rebuild alike.
      const ids = goalIds ?? known;
      if (ids.length) {
        const event = {id: `adGoalsRefreshed:${at}:${crypto.randomUUID()}`, at, type: 'adGoalsRefreshed' as const, goalIds: ids};
        await recordUserEvents([event], 'adGoals', at);
      }
      const results = ids.length ? await readEngines(at, ({engines}) => (engines.adGoals.output() as AdGoalsOutput).adGoals) : {};
      const refreshed = ids.filter((id) => results[id]?.refreshedAt === isoInstant(at));
      return {refreshed, at: isoInstant(at)};
    },
    async 'adGoals/campaign'({campaignId, accountIds, from, to, goalId}) {
      const {settings} = await readSettings();
      const goals = goalsOf(settings);
      const opener = goalId ? goals.find((g) => g.id === goalId) : undefined;
      if (goalId && !opener) throw new Error(`adGoals/campaign: no goal "${goalId}" exists`);
      const stage = opener && isLifecycleTemplate(opener.template) ? opener.lifecycleStage : undefined;
      const catalog = await readAdCatalog();
      const known = catalog.campaigns.find((c) => c.id === campaignId && (!accountIds?.length || accountIds.includes(c.accountId)));
      const {view, results} = await readEngines(now(), ({engines}) => ({
        view: (engines.adGoals as unknown as AdGoalEngine).campaign({campaignId, accountIds, from, to, ...(stage ? {stage} : {})}),
        results: (engines.adGoals.output() as AdGoalsOutput).adGoals,
      }));
      return {
        ...view,
        name: known?.name ?? campaignId,
        network: known?.network ?? null,
        ...(catalog.currency ? {currency: catalog.currency} : {}),
        goals: view.goalIds.flatMap((id) => {
          const goal = goals.find((g) => g.id === id);
          return goal ? [{id, name: goal.name, status: results[id]?.status ?? 'pending'}] : [];
        }),
      };
    },
    async 'adGoals/people'() {
      return peopleOf((await readSettings()).settings);
    },
    async 'adGoals/setPeople'(people) {
      const {settings} = await readSettings();
      const errors = validatePeople(people, goalsOf(settings));
      if (errors.length) return {errors};
      const next: Settings = {...settings, currentUserId: people.currentUserId, users: people.users, teams: people.teams};
      const world = settingsWorld(next, now());
      if (!world.ok) return {errors: [{path: world.error.path, code: 'invalid' as const, args: [world.error.message], message: world.error.message}]};
      await writeSettings(next);
      await rulesChanged(now());
      return {errors: []};
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
        // SPEC data model: the goal carries its creator (user id, team id) and when it was created.
        saved = {...goal, id: `g-${crypto.randomUUID()}`, ...creatorOf(peopleOf(settings), at)};
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
