/** The target-accounts page's state: the query, its answer, and the actions that change targets. */
import {batch, computed, signal} from '@preact/signals';
import type {Category, SortKey} from '../../core/accounts';
import {send} from '../../shared/messaging';
import type {ResponseOf} from '../../shared/protocol';

export const PAGE_SIZE = 100;

export type QueryAnswer = ResponseOf<'accounts/query'>;

export const query = {
  category: signal<Category>('all'),
  ownerId: signal(''),
  teamIds: signal<string[]>([]),
  search: signal(''),
  sort: signal<{key: SortKey; dir: 'asc' | 'desc'}>({key: 'name', dir: 'asc'}),
  offset: signal(0),
};
export const answer = signal<QueryAnswer | null>(null);
/** The sort and offset of the rows on screen (query.* is what was asked for last; the answer may be on its way). */
export const shown = signal({sort: query.sort.value, offset: query.offset.value});
/**
 * What the page around the table reads. A sort or a page turn leaves these as they were (refresh keeps
 * equal parts of the answer as the same objects), so only the table re-renders.
 */
export const pageState = computed(() => (answer.value ? (answer.value.setup ? 'setup' : 'ready') : 'loading'));
export const metrics = computed(() => answer.value?.metrics);
export const categoryCounts = computed(() => answer.value?.categoryCounts);
export const owners = computed(() => answer.value?.owners ?? []);
export const teams = computed(() => answer.value?.teams ?? []);
export const error = signal<string | null>(null);
export const overviewId = signal<string | null>(null);
export const tab = signal<'accounts' | 'recommendations' | 'prospects'>('accounts');
/** A short confirmation ("Task saved to …"), read out by the page's status region. */
export const notice = signal<string | null>(null);
/** Bumped when a task or note is saved, so an open overview reloads. */
export const overviewRevision = signal(0);

let sequence = 0;
export async function refresh(): Promise<void> {
  const mine = ++sequence;
  const asked = {sort: query.sort.value, offset: query.offset.value};
  try {
    const value = await send('accounts/query', {
      category: query.category.value,
      ...(query.ownerId.value ? {ownerId: query.ownerId.value} : {}),
      ...(query.teamIds.value.length ? {teamIds: query.teamIds.value} : {}),
      search: query.search.value,
      sort: asked.sort,
      offset: asked.offset,
      limit: PAGE_SIZE,
    });
    if (mine !== sequence) return; // a newer query answered first
    const before = answer.value;
    const keep = <K extends 'metrics' | 'categoryCounts' | 'owners' | 'teams'>(key: K): QueryAnswer[K] =>
      before && JSON.stringify(before[key]) === JSON.stringify(value[key]) ? before[key] : value[key];
    batch(() => {
      answer.value = {...value, metrics: keep('metrics'), categoryCounts: keep('categoryCounts'), owners: keep('owners'), teams: keep('teams')};
      shown.value = asked;
    });
    error.value = null;
  } catch (e) {
    if (mine === sequence) error.value = (e as Error).message;
  }
}

export async function setTargets(companyIds: string[], value: boolean): Promise<void> {
  await send('accounts/target-set', {companyIds, value});
  await refresh();
}
