/** TA-21..27: the index's categories, each a predicate over one target account's rollup. */
import type {Rollup} from './state';

export const CATEGORIES = ['all', 'noOpenTasks', 'noLoggedCalls', 'noMeetings', 'noOpenDeals', 'noDecisionMaker', 'blockers'] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * Open point (default): tasks, calls and meetings count when logged on the company or on any associated
 * contact. Rollups already combine both, so each predicate is O(1).
 */
export const CATEGORY_RULES: Record<Category, {rule: string; label: string; test: (r: Rollup) => boolean}> = {
  all: {rule: 'TA-21', label: 'All', test: () => true},
  noOpenTasks: {rule: 'TA-22', label: 'No open tasks', test: (r) => r.openTasks === 0},
  noLoggedCalls: {rule: 'TA-23', label: 'No logged calls', test: (r) => r.calls === 0},
  noMeetings: {rule: 'TA-24', label: 'No meetings', test: (r) => r.meetings === 0},
  noOpenDeals: {rule: 'TA-25', label: 'No open deals', test: (r) => r.openDeals === 0},
  noDecisionMaker: {rule: 'TA-26', label: 'No decision maker', test: (r) => r.decisionMakers === 0},
  blockers: {rule: 'TA-27', label: 'Blockers', test: (r) => r.blockers > 0},
};

/** Membership as a bit mask (bit i = CATEGORIES[i]): cheap to compare before/after an event. */
export function categoryMask(r: Rollup): number {
  return (
    1 |
    (r.openTasks === 0 ? 2 : 0) |
    (r.calls === 0 ? 4 : 0) |
    (r.meetings === 0 ? 8 : 0) |
    (r.openDeals === 0 ? 16 : 0) |
    (r.decisionMakers === 0 ? 32 : 0) |
    (r.blockers > 0 ? 64 : 0)
  );
}

/** One shared, frozen list per mask, so rows don't allocate one each. */
const LISTS: ReadonlyArray<readonly Category[]> = Array.from({length: 1 << CATEGORIES.length}, (_, mask) =>
  Object.freeze(CATEGORIES.filter((_c, i) => mask & (1 << i))),
);
export const categoriesOfMask = (mask: number): readonly Category[] => LISTS[mask];
export const categoriesOf = (r: Rollup): readonly Category[] => LISTS[categoryMask(r)];
export const categoryBit = (c: Category): number => 1 << CATEGORIES.indexOf(c);

export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}
