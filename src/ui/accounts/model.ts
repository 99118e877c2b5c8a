/** The target-accounts page's state: the query, its answer, and the actions that change targets. */
import {signal} from '@preact/signals';
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
  try {
    const value = await send('accounts/query', {
      category: query.category.value,
      ...(query.ownerId.value ? {ownerId: query.ownerId.value} : {}),
      ...(query.teamIds.value.length ? {teamIds: query.teamIds.value} : {}),
      search: query.search.value,
      sort: query.sort.value,
      offset: query.offset.value,
      limit: PAGE_SIZE,
    });
    if (mine !== sequence) return; // a newer query answered first
    answer.value = value;
    error.value = null;
  } catch (e) {
    if (mine === sequence) error.value = (e as Error).message;
  }
}

export async function setTargets(companyIds: string[], value: boolean): Promise<void> {
  await send('accounts/target-set', {companyIds, value});
  await refresh();
}
