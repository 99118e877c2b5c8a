/**
 * The target-accounts rule set (SPEC §4) as a DomainEngine. Events keep per-company rollups current;
 * output, queryAccounts, recommendations and the overview read them.
 */
import type {DomainEngine, Effect, Id, Instant, PropertyValue, ScenarioEvent, TrailEntry, World} from '../model';
import {applyActivity} from './activities';
import {loadWorld} from './load';
import {buildOutput, type AccountsOutput} from './output';
import {setTarget, upsertCompany, upsertRecord} from './records';
import type {AccountState} from './state';
import {watchChanges} from './watch';

/** The snapshot is the state itself: Maps, Sets and plain objects only. */
export type AccountSnapshot = AccountState;
type Result = {effects: Effect[]; trail: TrailEntry[]};
let changes = 0;

export interface AccountEngine extends DomainEngine<AccountsOutput, AccountSnapshot> {
  /** Live, read-only view for queryAccounts / recommendAccounts / accountOverview (do not mutate). */
  readonly state: AccountState;
  /** Changes with every change of state (never repeats, across engines too): queryAccounts' cache key. */
  readonly version: number;
  /** TA-30: the company leaves the recommendations for good; the company itself is unchanged. */
  dismissRecommendation(companyId: Id, at: Instant): Result;
  /** TA-29: asks for Target account = true; the state changes when the emitted event comes back. */
  acceptRecommendation(companyId: Id, at: Instant): Result;
}

/** With a snapshot, the engine adopts it (the host passes a copy it read from storage) and ignores the world's records. */
export function createAccountEngine(world: World, snapshot?: AccountSnapshot): AccountEngine {
  const state = snapshot ? withoutLegacy(snapshot) : loadWorld(world);
  let version = ++changes;
  const none = (): Result => ({effects: [], trail: []});
  const known = (companyId: Id, what: string) => {
    if (!state.companies.has(companyId)) throw new Error(`${what}: unknown company "${companyId}"`);
    return state.companies.get(companyId)!;
  };

  return {
    state,
    get version() {
      return version;
    },
    apply(event) {
      version = ++changes;
      state.clock = Math.max(state.clock, event.at);
      const watch = watchChanges(state);
      applyEvent(state, event, watch.touch);
      return {effects: [], trail: watch.trail(event.id, event.at)};
    },
    advanceTo(at) {
      // Nothing here is timed work: Upcoming (TA-19) is read against the clock when asked for.
      state.clock = Math.max(state.clock, at);
      return none();
    },
    output: () => buildOutput(state),
    snapshot: () => structuredClone(state),
    dismissRecommendation(companyId, at) {
      const company = known(companyId, 'dismissRecommendation');
      state.dismissed.add(companyId);
      version = ++changes;
      const message = `The recommendation for ${company.name || companyId} was dismissed; it will not be suggested again.`;
      return {effects: [], trail: [{rule: 'TA-30', subject: `company:${companyId}`, message, at}]};
    },
    acceptRecommendation(companyId, at) {
      const company = known(companyId, 'acceptRecommendation');
      const event: ScenarioEvent = {id: `recommendation:${companyId}:selected@${at}`, at, type: 'targetAccountSet', companyId, value: true};
      const message = `${company.name || companyId} was selected as a target account from the recommendations.`;
      return {effects: [{kind: 'emit', event}], trail: [{rule: 'TA-29', subject: `company:${companyId}`, message, eventId: event.id, at}]};
    },
  };
}

/** Snapshots stored before the overview read the event log carried every activity; they are not state now. */
function withoutLegacy(snapshot: AccountSnapshot): AccountState {
  const legacy = snapshot as AccountSnapshot & {activitiesByContact?: unknown; activitiesByCompany?: unknown};
  delete legacy.activitiesByContact;
  delete legacy.activitiesByCompany;
  return legacy;
}

function applyEvent(state: AccountState, event: ScenarioEvent, touch: (id: Id) => void): void {
  const where = `event "${event.id}" (${event.type})`;
  switch (event.type) {
    case 'recordUpserted':
      return upsertRecord(state, event.record, touch, `${where}.record`);
    case 'targetAccountSet':
      if (typeof event.value !== 'boolean') throw new Error(`${where}.value: expected true or false`);
      setTarget(state, event.companyId, event.value, touch);
      return;
    case 'propertyChanged':
      if (event.companyId) companyPropertyChanged(state, event.companyId, event.property, event.value, touch, where);
      return;
    default:
      applyActivity(state, event, touch); // unknown-to-us types are ignored there
  }
}

/** TA-2/TA-6: a workflow or an edit may set the Target account property like any other company property. */
function companyPropertyChanged(state: AccountState, companyId: Id, property: string, value: PropertyValue, touch: (id: Id) => void, where: string): void {
  if (property === 'targetAccount') {
    const flag = value === true || value === 'true' ? true : value === false || value === 'false' || value === null ? false : undefined;
    if (flag === undefined) throw new Error(`${where}.value: targetAccount must be true or false, got ${JSON.stringify(value)}`);
    setTarget(state, companyId, flag, touch);
  } else if (property === 'name' || property === 'ownerId' || property === 'teamId') {
    upsertCompany(state, {id: companyId, [property]: value === null ? undefined : String(value)}, touch, where);
  } else {
    const company = state.companies.get(companyId);
    if (company) company.properties[property] = value;
  }
}
