/**
 * IDEA-2 trail for the account rules: handlers call `touch(companyId)` before they change a company, and
 * after the event the watch compares that company's target flag and category membership with before.
 */
import type {Id, Instant, TrailEntry} from '../model';
import {CATEGORIES, CATEGORY_RULES, categoryMask} from './categories';
import type {Touch} from './records';
import type {AccountState} from './state';

interface Before {
  target: boolean;
  mask: number;
}

export interface Watch {
  touch: Touch;
  trail(eventId: Id | undefined, at: Instant): TrailEntry[];
}

export function watchChanges(state: AccountState): Watch {
  const before = new Map<Id, Before>();
  const flags = (id: Id): Before => {
    const r = state.rollups.get(id);
    return {target: state.targets.has(id), mask: r ? categoryMask(r) : 0};
  };
  return {
    touch(id) {
      if (!before.has(id)) before.set(id, flags(id));
    },
    trail(eventId, at) {
      const out: TrailEntry[] = [];
      for (const [id, was] of before) {
        const now = flags(id);
        const entry = (rule: string, message: string): TrailEntry => ({rule, subject: `company:${id}`, message, eventId, at});
        const name = state.companies.get(id)?.name || id; // imported companies may have no name
        if (was.target !== now.target) {
          out.push(entry('TA-1', now.target ? `${name} became a target account.` : `${name} is no longer a target account.`));
          continue;
        }
        if (!now.target) continue; // categories exist only on the index
        const changed = was.mask ^ now.mask;
        if (changed === 0) continue;
        CATEGORIES.forEach((c, i) => {
          if (!(changed & (1 << i))) return;
          const {rule, label} = CATEGORY_RULES[c];
          out.push(entry(rule, `${name} ${now.mask & (1 << i) ? 'joined' : 'left'} the "${label}" category.`));
        });
      }
      return out;
    },
  };
}
