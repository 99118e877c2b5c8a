/**
 * leads.eventsPerSec: lead automation (LA-4..7) over 200,000 activity events across 50,000 leads, driven
 * the way the scenario runner drives it (advanceTo, then apply, per event). Target: >= 100,000/s.
 * Data is generated from a fixed seed, so every run measures the same work.
 */
import {performance} from 'node:perf_hooks';
import {createLeadEngine} from '../src/core/leads';
import type {CallOutcome, Lead, ScenarioEvent, World} from '../src/core/model';

const LEADS = 50_000;
const CONTACTS = 40_000; // some contacts have two leads, as after a follow-up
const EVENTS = 200_000;
const T0 = Date.parse('2026-01-01T00:00:00Z');

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

function makeInput(): {world: World; events: ScenarioEvent[]} {
  const random = rng(42);
  const leads: Lead[] = [];
  for (let i = 0; i < LEADS; i += 1) {
    leads.push({id: `l${i}`, contactId: `c${i % CONTACTS}`, stage: 'new', ...(i % 50 === 0 && {pipelineId: 'partners'})});
  }
  const contacts = Array.from({length: CONTACTS}, (_, i) => ({id: `c${i}`, companyIds: [], properties: {lifecyclestage: 'lead'}, buyingRoles: [], lawfulBasis: true}));
  const outcomes: CallOutcome[] = ['connected', 'noAnswer', 'busy', 'leftVoicemail', 'wrongNumber'];
  const events: ScenarioEvent[] = [];
  for (let i = 0; i < EVENTS; i += 1) {
    const leadIndex = Math.floor(random() * LEADS);
    const contactId = `c${leadIndex % CONTACTS}`;
    const leadId = random() < 0.3 ? `l${leadIndex}` : undefined;
    const base = {id: `e${i}`, at: T0 + i * 1000, contactId, leadId};
    const pick = random();
    if (pick < 0.3) events.push({...base, type: 'emailSent', userId: 'u1'});
    else if (pick < 0.4) events.push({...base, type: 'linkedinMessageSent', userId: 'u1'});
    else if (pick < 0.65) events.push({...base, type: 'callLogged', userId: 'u1', outcome: outcomes[Math.floor(random() * outcomes.length)]});
    else if (pick < 0.75) events.push({...base, type: 'meetingScheduled', userId: 'u1', startsAt: base.at + 86_400_000});
    else if (pick < 0.9) events.push({...base, type: 'emailReplied'});
    else if (pick < 0.99) events.push({...base, type: 'meetingBooked', startsAt: base.at + 86_400_000});
    else events.push({id: `e${i}`, at: base.at, type: 'leadMovedManually', leadId: `l${leadIndex}`, stage: 'new'});
  }
  const world: World = {
    now: T0 + EVENTS * 1000, fiscalYearStartMonth: 1, users: [{id: 'u1'}], companies: [], contacts, deals: [], lists: [],
    workflows: [], leads, adMetrics: [], adGoals: [], events,
  };
  return {world, events};
}

function runOnce(world: World, events: ScenarioEvent[]): number {
  const engine = createLeadEngine(world);
  let trail = 0;
  const start = performance.now();
  for (const event of events) {
    trail += engine.advanceTo(event.at).trail.length;
    trail += engine.apply(event).trail.length;
  }
  engine.advanceTo(world.now);
  const seconds = (performance.now() - start) / 1000;
  if (trail === 0) throw new Error('bench/leads: no lead moved; the generated input is wrong');
  return events.length / seconds;
}

export async function run(): Promise<Record<string, number>> {
  const {world, events} = makeInput();
  runOnce(world, events.slice(0, 20_000)); // warm-up
  const rates = [runOnce(world, events), runOnce(world, events), runOnce(world, events)].sort((a, b) => a - b);
  return {'leads.eventsPerSec': Math.round(rates[1])};
}
