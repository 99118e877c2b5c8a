import {afterEach, describe, expect, test, vi} from 'vitest';
import {BUYING_ROLES, DEAL_STAGES, LEAD_STAGES, LIFECYCLE_STAGES} from '../data/types';
import {generateSeed, SEED_COUNTS, SEED_NOW} from './index';

afterEach(() => vi.restoreAllMocks());

describe('demo seed', () => {
  test('demo-dom: the same seed gives the same CRM on every load, without Math.random', () => {
    const random = vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('the seed must not call Math.random');
    });
    expect(generateSeed()).toEqual(generateSeed());
    expect(random).not.toHaveBeenCalled();
  });

  test('demo-dom: a different seed number gives a different CRM', () => {
    expect(generateSeed(1).contacts[0]).not.toEqual(generateSeed(2).contacts[0]);
  });

  test('demo-dom: 30 companies, 200 contacts, 60 deals, 40 leads and a few hundred activities', () => {
    const db = generateSeed();
    expect(db.companies).toHaveLength(SEED_COUNTS.companies);
    expect(db.contacts).toHaveLength(SEED_COUNTS.contacts);
    expect(db.deals).toHaveLength(SEED_COUNTS.deals);
    expect(db.leads).toHaveLength(SEED_COUNTS.leads);
    expect(db.activities.length).toBeGreaterThanOrEqual(300);
    expect(db.activities.length).toBeLessThanOrEqual(700);
  });

  test('demo-dom: ids look like co-001, ct-0001, ld-001, dl-001, act-00001 and are unique', () => {
    const db = generateSeed();
    const check = (ids: string[], pattern: RegExp) => {
      for (const id of ids) expect(id).toMatch(pattern);
      expect(new Set(ids).size).toBe(ids.length);
    };
    check(db.companies.map((r) => r.id), /^co-\d{3}$/);
    check(db.contacts.map((r) => r.id), /^ct-\d{4}$/);
    check(db.leads.map((r) => r.id), /^ld-\d{3}$/);
    check(db.deals.map((r) => r.id), /^dl-\d{3}$/);
    check(db.activities.map((r) => r.id), /^act-\d{5}$/);
  });

  test('demo-dom: six owners in two teams own every record', () => {
    const db = generateSeed();
    expect(db.users).toHaveLength(6);
    expect(new Set(db.users.map((u) => u.teamId)).size).toBe(2);
    const userIds = new Set(db.users.map((u) => u.id));
    for (const r of [...db.companies, ...db.contacts, ...db.deals, ...db.leads]) expect(userIds).toContain(r.ownerId);
  });

  test('demo-dom: stages and buying roles come from the documented value sets', () => {
    const db = generateSeed();
    for (const c of db.contacts) {
      expect(LIFECYCLE_STAGES).toContain(c.lifecycleStage);
      for (const role of c.buyingRoles) expect(BUYING_ROLES).toContain(role);
      expect(new Set(c.buyingRoles).size).toBe(c.buyingRoles.length);
    }
    expect(db.contacts.some((c) => c.buyingRoles.length > 1)).toBe(true);
    expect(new Set(db.leads.map((l) => l.stage))).toEqual(new Set(LEAD_STAGES));
    expect(new Set(db.deals.map((d) => d.stage))).toEqual(new Set(DEAL_STAGES));
    for (const d of db.deals) expect(d.step !== undefined).toBe(d.stage === 'open');
  });

  test('demo-dom: every association points at a record that exists', () => {
    const db = generateSeed();
    const companies = new Set(db.companies.map((c) => c.id));
    const contacts = new Set(db.contacts.map((c) => c.id));
    for (const c of db.contacts) expect(companies).toContain(c.companyId);
    for (const d of db.deals) {
      expect(companies).toContain(d.companyId);
      expect(d.contactIds.length).toBeGreaterThan(0);
      for (const id of d.contactIds) expect(contacts).toContain(id);
    }
    expect(new Set(db.leads.map((l) => l.contactId)).size).toBe(db.leads.length);
    for (const a of db.activities) if (a.contactId) expect(contacts).toContain(a.contactId);
    for (const company of db.companies) expect(db.contacts.filter((c) => c.companyId === company.id).length).toBeGreaterThanOrEqual(3);
  });

  test('demo-dom: seeded activities happened before 2026-11-20 and their ids follow time', () => {
    const db = generateSeed();
    const times = db.activities.map((a) => a.timestamp);
    for (const t of times) {
      expect(t).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect(t <= SEED_NOW).toBe(true);
    }
    expect([...times].sort()).toEqual(times);
  });

  test('demo-dom: the seed has both directions, every call outcome and meetings booked by contacts', () => {
    const db = generateSeed();
    const outcomes = new Set(db.activities.filter((a) => a.type === 'call').map((a) => a.outcome));
    expect(outcomes).toEqual(new Set(['connected', 'noAnswer', 'busy', 'leftVoicemail', 'wrongNumber']));
    expect(db.activities.some((a) => a.type === 'email' && a.direction === 'contact')).toBe(true);
    expect(db.activities.some((a) => a.type === 'meeting' && a.direction === 'contact' && a.startsAt)).toBe(true);
    for (const a of db.activities) expect(a.direction === 'user').toBe(a.userId !== undefined);
  });
});
