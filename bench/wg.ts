/**
 * Workflow-goal figures (fixed seed, so every run measures the same work):
 * - wg.evalPerSec: one goal criterion, compiled, over 100,000 contacts' facts.
 * - wg.handWrittenPerSec: the same criterion as a hand-written function over the same facts.
 * - peer.jsonRulesEngine.evalPerSec: json-rules-engine, same rule, facts computed from the same data.
 * - wg.eventsPerSec: incremental processing, 100,000 contacts and 50 workflows (target >= 100,000/s),
 *   driven as the scenario runner drives it; wg.decisionsPerEvent says how much enrolling and step
 *   running that load causes (trail entries per event), since that, not evaluation, dominates the cost.
 * - wg.scaleRatio: cost per event at 1,000,000 contacts ÷ at 10,000 (target <= 1.5). Both runs send the
 *   same events to the same 10,000 active contacts (spread over the id space), so only the number of
 *   contacts the engine holds differs.
 */
import {Engine} from 'json-rules-engine';
import {performance} from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import {compileCriteria, type EvalEnv} from '../src/core/criteria/compile';
import {newFacts, recordEvent, timestampsFor, whereKey, type ContactFacts} from '../src/core/criteria/facts';
import {countBetween} from '../src/core/criteria/sorted';
import type {Contact, Criteria, ScenarioEvent, Workflow, World} from '../src/core/model';
import {createWorkflowEngine} from '../src/core/workflows';

const DAY = 86_400_000;
const T0 = Date.parse('2026-01-01T00:00:00Z');
const STAGES = ['subscriber', 'lead', 'marketingqualifiedlead', 'customer'];
const COUNTRIES = ['FI', 'SE', 'DK', 'DE'];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ------------------------------------------------------------ criteria evaluation

const GOAL: Criteria = {
  any: [
    {all: [{property: 'lifecyclestage', op: 'eq', value: 'customer'}, {property: 'country', op: 'in', value: ['FI', 'SE']}]},
    {event: 'formSubmitted', where: {formId: 'demo'}, withinDays: 30},
    {event: 'pageViewed', count: {op: 'gte', value: 3}, withinDays: 30},
  ],
};
const DEMO = whereKey({formId: 'demo'});

function handWritten(f: ContactFacts, now: number): boolean {
  const p = f.props;
  if (p.lifecyclestage === 'customer' && (p.country === 'FI' || p.country === 'SE')) return true;
  if (countBetween(timestampsFor(f, 'formSubmitted', DEMO), now - 30 * DAY, now) >= 1) return true;
  return countBetween(timestampsFor(f, 'pageViewed', ''), now - 30 * DAY, now) >= 3;
}

function makeFacts(n: number, now: number): Array<[string, ContactFacts]> {
  const random = rng(7);
  const out: Array<[string, ContactFacts]> = [];
  for (let i = 0; i < n; i++) {
    const f = newFacts({lifecyclestage: STAGES[Math.floor(random() * 4)], country: COUNTRIES[Math.floor(random() * 4)]});
    const views = Math.floor(random() * 6);
    for (let v = 0; v < views; v++) recordEvent(f, 'pageViewed', now - Math.floor(random() * 60) * DAY, {});
    if (random() < 0.2) recordEvent(f, 'formSubmitted', now - Math.floor(random() * 60) * DAY, {formId: random() < 0.5 ? 'demo' : 'other'});
    out.push([`c${i}`, f]);
  }
  for (const [, f] of out) for (const log of Object.values(f.log)) log.at.sort((a, b) => a - b);
  return out;
}

function perSec(count: number, run: () => number): {rate: number; result: number} {
  run(); // warm up
  let result = 0;
  let rounds = 0;
  const start = performance.now();
  while (performance.now() - start < 1500) {
    result = run();
    rounds++;
  }
  return {rate: (count * rounds) / ((performance.now() - start) / 1000), result};
}

async function jsonRulesEngineRate(facts: Array<[string, ContactFacts]>, now: number): Promise<{rate: number; matched: number}> {
  const engine = new Engine([], {allowUndefinedFacts: true});
  engine.addRule({
    conditions: {
      any: [
        {all: [{fact: 'lifecyclestage', operator: 'equal', value: 'customer'}, {fact: 'country', operator: 'in', value: ['FI', 'SE']}]},
        {fact: 'demoForms30', operator: 'greaterThanInclusive', value: 1},
        {fact: 'pageViews30', operator: 'greaterThanInclusive', value: 3},
      ],
    },
    event: {type: 'goalMet'},
  });
  // Facts come from the same per-contact data; json-rules-engine computes them on demand.
  engine.addFact('lifecyclestage', async (_p, almanac) => ((await almanac.factValue('contact')) as ContactFacts).props.lifecyclestage);
  engine.addFact('country', async (_p, almanac) => ((await almanac.factValue('contact')) as ContactFacts).props.country);
  engine.addFact('demoForms30', async (_p, almanac) =>
    countBetween(timestampsFor((await almanac.factValue('contact')) as ContactFacts, 'formSubmitted', DEMO), now - 30 * DAY, now),
  );
  engine.addFact('pageViews30', async (_p, almanac) =>
    countBetween(timestampsFor((await almanac.factValue('contact')) as ContactFacts, 'pageViewed', ''), now - 30 * DAY, now),
  );
  const sample = facts.slice(0, 20_000);
  let matched = 0;
  const start = performance.now();
  for (const [, f] of sample) if ((await engine.run({contact: f})).events.length > 0) matched++;
  return {rate: sample.length / ((performance.now() - start) / 1000), matched};
}

// ------------------------------------------------------------ incremental events

function makeWorld(contactCount: number, workflowCount: number): World {
  const random = rng(11);
  const contacts: Contact[] = [];
  for (let i = 0; i < contactCount; i++) {
    contacts.push({
      id: `c${i}`,
      companyIds: [],
      properties: {lifecyclestage: STAGES[Math.floor(random() * 3)], country: COUNTRIES[Math.floor(random() * 4)]},
      buyingRoles: [],
      lawfulBasis: true,
    });
  }
  const workflows: Workflow[] = [];
  for (let i = 0; i < workflowCount; i++) {
    const enrollment: Criteria =
      i % 3 === 0
        ? {event: 'formSubmitted', where: {formId: `form${i}`}}
        : i % 3 === 1
          ? {property: 'score', op: 'gte', value: 950 + i}
          : {event: 'pageViewed', count: {op: 'gte', value: 4}, withinDays: 7};
    const goal: Criteria = i % 2 === 0 ? {property: 'lifecyclestage', op: 'eq', value: 'customer'} : {event: 'emailClicked', where: {emailId: `e${i % 5}`}};
    workflows.push({
      id: `wf${i}`,
      objectType: 'contact',
      enrollment,
      goal,
      suppressionLists: ['competitors'],
      unenrollWhenTriggerNoLongerMet: i % 3 === 1,
      steps: [{type: 'sendMarketingEmail', emailId: `e${i % 5}`, internal: false}, {type: 'delay', hours: 1}, {type: 'sendMarketingEmail', emailId: 'second', internal: false}],
    });
  }
  return {
    now: T0, fiscalYearStartMonth: 1, users: [], companies: [], contacts, deals: [], lists: [{id: 'competitors', contactIds: []}],
    workflows, leads: [], adMetrics: [], adGoals: [], events: [],
  };
}

/** Events over `active` contacts spread evenly over `contactCount` ids. */
function makeEvents(contactCount: number, active: number, n: number): ScenarioEvent[] {
  const random = rng(13);
  const stride = Math.floor(contactCount / active);
  const events: ScenarioEvent[] = [];
  for (let i = 0; i < n; i++) {
    const contactId = `c${Math.floor(random() * active) * stride}`;
    const base = {id: `e${i}`, at: T0 + 1000 + i * 100, contactId};
    const pick = random();
    if (pick < 0.4) events.push({...base, type: 'pageViewed'});
    else if (pick < 0.6) events.push({...base, type: 'formSubmitted', formId: `form${Math.floor(random() * 200)}`});
    else if (pick < 0.8) events.push({...base, type: 'propertyChanged', property: 'score', value: Math.floor(random() * 1000)});
    else if (pick < 0.9) events.push({...base, type: 'propertyChanged', property: 'lifecyclestage', value: STAGES[Math.floor(random() * 4)]});
    else if (pick < 0.99) events.push({...base, type: 'emailClicked', emailId: `e${Math.floor(random() * 5)}`});
    else events.push({id: base.id, at: base.at, type: 'listChanged', listId: 'competitors', contactId, member: random() < 0.5});
  }
  return events;
}

/**
 * A full collection before each timed section, so one run does not pay for the garbage of the setup
 * or of the run before it (with a million contacts that pause alone would double the figure).
 */
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

/** Seconds per event, driven as the scenario runner drives it (advanceTo, then apply). */
export function eventCost(contactCount: number, active: number, eventCount: number): {perEvent: number; trail: number} {
  const world = makeWorld(contactCount, 50);
  const events = makeEvents(contactCount, active, eventCount);
  const engine = createWorkflowEngine(world);
  engine.advanceTo(T0); // first trigger evaluation over all contacts: setup, not per-event cost
  collectGarbage();
  let trail = 0;
  const start = performance.now();
  for (const event of events) {
    trail += engine.advanceTo(event.at).trail.length;
    trail += engine.apply(event).trail.length;
  }
  return {perEvent: (performance.now() - start) / 1000 / events.length, trail: trail / events.length};
}

export async function run(): Promise<Record<string, number>> {
  const now = T0 + 60 * DAY;
  const facts = makeFacts(100_000, now);
  const compiled = compileCriteria(GOAL);
  const env: EvalEnv = {now, lists: new Map(), workflowState: () => false};
  const ours = perSec(facts.length, () => {
    let n = 0;
    for (const [id, f] of facts) if (compiled.test(f, id, env)) n++;
    return n;
  });
  const hand = perSec(facts.length, () => {
    let n = 0;
    for (const [, f] of facts) if (handWritten(f, now)) n++;
    return n;
  });
  if (ours.result !== hand.result) throw new Error(`compiled criteria matched ${ours.result}, hand-written ${hand.result}`);
  const peer = await jsonRulesEngineRate(facts, now);

  const events = eventCost(100_000, 100_000, 200_000);
  const small = eventCost(10_000, 10_000, 100_000);
  const large = eventCost(1_000_000, 10_000, 100_000);
  return {
    'wg.evalPerSec': Math.round(ours.rate),
    'wg.handWrittenPerSec': Math.round(hand.rate),
    'wg.evalShareOfHandWritten': Number((ours.rate / hand.rate).toFixed(3)),
    'peer.jsonRulesEngine.evalPerSec': Math.round(peer.rate),
    'wg.eventsPerSec': Math.round(1 / events.perEvent),
    'wg.decisionsPerEvent': Number(events.trail.toFixed(2)),
    'wg.scaleRatio': Number((large.perEvent / small.perEvent).toFixed(3)),
  };
}
