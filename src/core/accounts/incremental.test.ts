/**
 * The incremental bookkeeping must agree with a full rebuild, and an engine re-created from a snapshot
 * must carry on exactly where the old one stopped, whatever the order of events.
 */
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import type {BuyingRole, ScenarioEvent} from '../model';
import {createAccountEngine} from './engine';
import {rebuildRollup} from './rollup';
import type {AccountState} from './state';
import {world} from './test-world';

const companies = ['co1', 'co2', 'co3'];
const contacts = ['c1', 'c2', 'c3', 'c4'];
const base = () =>
  world({
    users: [{id: 'u1'}],
    companies: companies.map((id, i) => ({id, targetAccount: i < 2})),
    contacts: contacts.map((id, i) => ({id, companyIds: [companies[i % 3]]})),
    deals: [{id: 'd1', companyIds: ['co1'], amount: 10}],
    gdprMode: true,
  });

const T0 = Date.parse('2026-03-01T00:00:00Z');
const H = 3_600_000;
const pick = <T,>(xs: T[]) => fc.constantFrom(...xs);
const eventArb: fc.Arbitrary<Omit<ScenarioEvent, 'id' | 'at'>> = fc.oneof(
  fc.record({type: fc.constantFrom('emailSent' as const, 'callLogged' as const), contactId: pick(contacts), userId: fc.constant('u1'), outcome: fc.constant('connected' as const)}),
  fc.record({type: fc.constantFrom('pageViewed' as const, 'formSubmitted' as const), contactId: pick(contacts), formId: fc.constant('f')}),
  fc.record({type: fc.constant('meetingScheduled' as const), contactId: pick(contacts), userId: fc.constant('u1'), startsAt: fc.integer({min: 0, max: 400}).map((h) => T0 + h * H)}),
  fc.record({type: fc.constant('taskCreated' as const), taskId: pick(['t1', 't2', 't3']), companyId: fc.option(pick(companies), {nil: undefined}), contactId: pick(contacts), due: fc.integer({min: 0, max: 400}).map((h) => T0 + h * H)}),
  fc.record({type: fc.constant('taskCompleted' as const), taskId: pick(['t1', 't2', 't3'])}),
  fc.record({type: fc.constant('targetAccountSet' as const), companyId: pick(companies), value: fc.boolean()}),
  fc.record({
    type: fc.constant('recordUpserted' as const),
    record: fc.record({
      kind: fc.constant('contact' as const),
      id: pick(contacts),
      companyIds: fc.subarray(companies),
      buyingRoles: fc.subarray<BuyingRole>(['decisionMaker', 'blocker', 'champion']),
      lawfulBasis: fc.boolean(),
    }),
  }),
  fc.record({
    type: fc.constant('recordUpserted' as const),
    record: fc.record({kind: fc.constant('deal' as const), id: pick(['d1', 'd2']), companyIds: fc.subarray(companies), amount: fc.integer({min: 0, max: 100}), stage: fc.constantFrom('open' as const, 'closedwon' as const)}),
  }),
) as fc.Arbitrary<Omit<ScenarioEvent, 'id' | 'at'>>;
const eventsArb = fc.array(eventArb, {maxLength: 40}).map((list) => list.map((e, i) => ({...e, id: `e${i}`, at: T0 + i * 10 * H}) as ScenarioEvent));

function normalized(state: AccountState) {
  return Object.fromEntries(
    [...state.rollups].map(([id, r]) => {
      const {direct: _direct, scheduled, sharedOpenDeals, ...rest} = r;
      return [id, {...rest, scheduled: scheduled.filter((s) => s.at > state.clock), sharedOpenDeals}];
    }),
  );
}

function drive(engine: ReturnType<typeof createAccountEngine>, events: ScenarioEvent[]) {
  for (const e of events) {
    engine.advanceTo(e.at);
    engine.apply(e);
  }
}

describe('incremental rollups', () => {
  test('TA-13..27 every rollup after any event sequence equals a full rebuild', () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        const engine = createAccountEngine(base());
        drive(engine, events);
        const rebuilt = structuredClone(engine.state);
        for (const id of rebuilt.companies.keys()) rebuildRollup(rebuilt, id);
        expect(normalized(engine.state)).toEqual(normalized(rebuilt));
      }),
      {numRuns: 200},
    );
  });
  test('TA-7 an engine re-created from a snapshot carries on exactly where the old one stopped', () => {
    fc.assert(
      fc.property(eventsArb, fc.nat(), (events, cut) => {
        const split = events.length ? cut % events.length : 0;
        const whole = createAccountEngine(base());
        drive(whole, events);
        const first = createAccountEngine(base());
        drive(first, events.slice(0, split));
        const second = createAccountEngine(base(), structuredClone(first.snapshot()));
        drive(second, events.slice(split));
        const end = T0 + 500 * H;
        whole.advanceTo(end);
        second.advanceTo(end);
        expect(second.output()).toEqual(whole.output());
      }),
      {numRuns: 100},
    );
  });
});
