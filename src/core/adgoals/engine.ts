/**
 * The ad-goals rule set (SPEC §3) as a DomainEngine: metric imports, form submissions and lifecycle
 * changes in; per-goal periods, progress, status, notifications and a "why" trail out.
 *
 * Replay (engine contract): before each event the host calls advanceTo(event.at), and after the last
 * event advanceTo(world.now). So a scenario's output is the last refresh at or before `now`
 * (AG-17: goal start + k × 24 h), and when `now` is past the goal's end, every period shows all data
 * that arrived before that period's end and nothing after (AG-18).
 */
import type {DomainEngine, Effect, Instant, ScenarioEvent, TrailEntry, World} from '../model';
import {campaignView, type CampaignQuery, type CampaignView} from './campaign';
import {advanceGoal, manualRefresh, type Stores} from './clock';
import {ContactsStore} from './contacts-store';
import {MetricsStore} from './metrics-store';
import {goalOutput, type AdGoalsOutput} from './output';
import {periodIndexOfDay} from './periods';
import {emptyGoalState, goalRuntime, type AdGoalSnapshot, type GoalRuntime} from './state';
import {assertValidAdGoal} from './validate';

type Out = {effects: Effect[]; trail: TrailEntry[]};

export interface AdGoalEngine extends DomainEngine<AdGoalsOutput, AdGoalSnapshot> {
  /**
   * An explicit refresh (the "refresh now" button; the background logs it as an adGoalsRefreshed event so
   * that it survives a worker restart and a rebuild): advances to `at`, then re-measures every goal in
   * progress and restarts its 24-hour cycle from `at`.
   */
  refreshNow(at: Instant, goalIds?: readonly string[]): Out;
  /** AG-23: one campaign's daily metrics over a range and the goals that include it (current data). */
  campaign(query: CampaignQuery): CampaignView;
}

export function createAdGoalEngine(world: World, snapshot?: AdGoalSnapshot): AdGoalEngine {
  const runtimes: GoalRuntime[] = world.adGoals.map((goal, i) => {
    assertValidAdGoal(goal, world.fiscalYearStartMonth, `adGoals[${i}]`);
    return goalRuntime(goal, world.fiscalYearStartMonth);
  });
  const state: AdGoalSnapshot = snapshot ? structuredClone(snapshot) : freshState(world);
  if (state.version !== 1) throw new Error(`ad goals snapshot: unknown version ${String(state.version)}`);
  for (const rt of runtimes) {
    const saved = state.goals[rt.goal.id];
    // A goal new since the snapshot (or whose dates no longer match) starts over; AG-24 forbids date edits.
    if (!saved || saved.periods.length !== rt.periods.length) state.goals[rt.goal.id] = emptyGoalState(rt.periods.length);
  }
  const stores: Stores = {metrics: new MetricsStore(state.metrics), contacts: new ContactsStore(state.contacts)};
  if (!snapshot) stores.metrics.addRows(world.adMetrics, 'adMetrics');
  const byCampaign = new Map<string, GoalRuntime[]>();
  for (const rt of runtimes) for (const id of rt.campaigns) byCampaign.set(id, [...(byCampaign.get(id) ?? []), rt]);

  const advanceTo = (at: Instant): Out => {
    const out: Out = {effects: [], trail: []};
    for (const rt of runtimes) {
      const r = advanceGoal(rt, state.goals[rt.goal.id], at, stores);
      out.effects.push(...r.effects);
      out.trail.push(...r.trail);
    }
    return out;
  };

  const apply = (event: ScenarioEvent): Out => {
    // Robust against a host that forgets: timed work first, so a late event cannot reach a period
    // that should already be frozen. A no-op when the host already advanced.
    const out = advanceTo(event.at);
    const trail = out.trail;
    switch (event.type) {
      case 'adMetricsImported': {
        const changes = stores.metrics.addRows(event.rows, `events[${event.id}].rows`);
        const lateBy = new Map<string, {rt: GoalRuntime; start: string; items: number}>();
        for (const change of changes) {
          for (const rt of byCampaign.get(change.campaignId) ?? []) {
            if (!rt.accounts.has(change.accountId)) continue;
            const i = periodIndexOfDay(rt.periods, change.day);
            if (i < 0 || !state.goals[rt.goal.id].periods[i]?.frozen) continue;
            const key = `${rt.goal.id}\u0000${i}`;
            const seen = lateBy.get(key) ?? {rt, start: rt.periods[i].start, items: 0};
            seen.items++;
            lateBy.set(key, seen);
          }
        }
        for (const {rt, start, items} of lateBy.values()) {
          const late = state.goals[rt.goal.id].late;
          late[start] = {items: (late[start]?.items ?? 0) + items, lastAt: event.at};
          trail.push({rule: 'AG-18', subject: `adGoal:${rt.goal.id}`, eventId: event.id, at: event.at,
            message: `${items} metric row(s) for the period starting ${start} arrived after it ended; its result stays frozen.`});
        }
        break;
      }
      case 'formSubmitted': {
        const campaign = stores.contacts.formSubmitted(event.contactId, event.adCampaignId, event.at);
        if (campaign !== undefined) {
          trail.push({rule: 'AG-4', subject: `contact:${event.contactId}`, eventId: event.id, at: event.at,
            message: `First form submission after a click on campaign ${campaign}: the contact is attributed to it; goals show it at the next refresh.`});
        }
        break;
      }
      case 'adGoalsRefreshed': {
        const wanted = new Set(event.goalIds);
        for (const rt of runtimes) {
          if (!wanted.has(rt.goal.id) || !manualRefresh(rt, state.goals[rt.goal.id], event.at, stores)) continue;
          trail.push({rule: 'AG-17', subject: `adGoal:${rt.goal.id}`, eventId: event.id, at: event.at,
            message: 'Refreshed on request; the next automatic refresh is 24 hours from now.'});
        }
        break;
      }
      case 'propertyChanged':
        if (event.contactId && event.property === 'lifecyclestage') stageChanged(event.contactId, event.value, event, trail);
        break;
      case 'recordUpserted':
        if (event.record.kind === 'contact' && event.record.properties && 'lifecyclestage' in event.record.properties) {
          stageChanged(event.record.id, event.record.properties.lifecyclestage, event, trail);
        }
        break;
      default:
        break; // other rule sets' events
    }
    return out;
  };

  const stageChanged = (contactId: string, value: unknown, event: ScenarioEvent, trail: TrailEntry[]) => {
    if (!stores.contacts.setStage(contactId, value, event.at)) return;
    const attributed = stores.contacts.data[contactId]?.campaignId;
    if (!attributed) return;
    for (const rt of byCampaign.get(attributed) ?? []) {
      const stage = rt.goal.lifecycleStage;
      if (!stage || stage !== value || stores.contacts.enteredStageAt(contactId, stage) !== event.at) continue;
      trail.push({rule: 'AG-6', subject: `adGoal:${rt.goal.id}`, eventId: event.id, at: event.at,
        message: `Contact ${contactId}, attributed to campaign ${attributed}, entered ${stage}; it counts at the next refresh.`});
    }
  };

  return {
    apply,
    advanceTo,
    refreshNow(at, goalIds) {
      const out = advanceTo(at);
      for (const rt of runtimes) if (!goalIds || goalIds.includes(rt.goal.id)) manualRefresh(rt, state.goals[rt.goal.id], at, stores);
      return out;
    },
    campaign: (query) => campaignView(stores.metrics, stores.contacts, runtimes.map((rt) => rt.goal), query),
    output: () => ({adGoals: Object.fromEntries(runtimes.map((rt) => [rt.goal.id, goalOutput(rt, state.goals[rt.goal.id], stores)]))}),
    snapshot: () => structuredClone(state),
  };
}

function freshState(world: World): AdGoalSnapshot {
  return {version: 1, goals: {}, metrics: {}, contacts: ContactsStore.initialData(world.contacts)};
}
