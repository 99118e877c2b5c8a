/** The target-accounts page's state: the query, its answer, and the actions that change targets. */
import {batch, computed, signal} from '@preact/signals';
import {CATEGORIES, SORT_KEYS, type Category, type SortKey} from '../../core/accounts';
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
export const shown = signal({sort: query.sort.value, offset: query.offset.value, key: ''});
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
/** The row whose Actions menu is open (TA-35/36); any new query closes it. */
export const rowMenu = signal<{id: string; name: string} | null>(null);
/** The editor or removal question a row's menu opened. */
export const rowDialog = signal<{kind: 'task' | 'note' | 'remove'; id: string; name: string} | null>(null);
export const tab = signal<'accounts' | 'recommendations' | 'prospects'>('accounts');
/** A short confirmation ("Task saved to …"), read out by the page's status region. */
export const notice = signal<string | null>(null);
/** Bumped when a task or note is saved, so an open overview reloads. */
export const overviewRevision = signal(0);

type QueryRequest = {
  category: Category;
  ownerId?: string;
  teamIds?: string[];
  search: string;
  sort: {key: SortKey; dir: 'asc' | 'desc'};
  offset: number;
  limit: number;
};

/** The query the page shows now, with `changes` applied (what a click would ask for). */
function requestOf(changes: Partial<Pick<QueryRequest, 'category' | 'sort'>> = {}): QueryRequest {
  return {
    category: changes.category ?? query.category.value,
    ...(query.ownerId.value ? {ownerId: query.ownerId.value} : {}),
    ...(query.teamIds.value.length ? {teamIds: query.teamIds.value} : {}),
    search: query.search.value,
    sort: changes.sort ?? query.sort.value,
    offset: changes.category || changes.sort ? 0 : query.offset.value,
    limit: PAGE_SIZE,
  };
}
const keyOf = (request: QueryRequest) => JSON.stringify(request);

/** The sort a click on column `key`'s header asks for: the other direction, or the column's first one. */
export function nextSort(key: SortKey): {key: SortKey; dir: 'asc' | 'desc'} {
  const current = query.sort.value;
  return current.key === key ? {key, dir: current.dir === 'asc' ? 'desc' : 'asc'} : {key, dir: key === 'name' ? 'asc' : 'desc'};
}

/**
 * Answers to what the next click would most likely ask (each column's sort, each category), fetched while
 * the page is idle: a click then shows its rows at once, and the worker's answer to the same query
 * follows and replaces them if anything changed meanwhile. Dropped whenever data may have changed.
 */
const prefetched = new Map<string, QueryAnswer>();
const PREFETCH_LIMIT = 32;

let sequence = 0;

/** Show the answer to `request` (keeping equal parts as the same objects, so only the table re-renders). */
function display(value: QueryAnswer, request: QueryRequest): void {
  const before = answer.value;
  if (before && shown.value.key === keyOf(request) && JSON.stringify(before) === JSON.stringify(value)) return;
  const keep = <K extends 'metrics' | 'categoryCounts' | 'owners' | 'teams'>(key: K): QueryAnswer[K] =>
    before && JSON.stringify(before[key]) === JSON.stringify(value[key]) ? before[key] : value[key];
  batch(() => {
    answer.value = {...value, metrics: keep('metrics'), categoryCounts: keep('categoryCounts'), owners: keep('owners'), teams: keep('teams')};
    shown.value = {sort: request.sort, offset: request.offset, key: keyOf(request)};
  });
}

async function ask(request: QueryRequest): Promise<void> {
  const mine = ++sequence;
  rowMenu.value = null; // a menu opened for the rows on screen does not follow them to another query
  const hit = prefetched.get(keyOf(request));
  if (hit) {
    display(hit, request);
    // The check with the worker waits until those rows are painted, so it does not delay them.
    await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
    if (mine !== sequence) return;
  }
  try {
    const value = await send('accounts/query', request);
    if (mine !== sequence) return; // a newer query answered first
    prefetched.set(keyOf(request), value);
    display(value, request);
    error.value = null;
    schedulePrefetch(mine);
  } catch (e) {
    if (mine === sequence) error.value = (e as Error).message;
  }
}

/** The page's query changed (sort, filter, page): answer it, from what was fetched ahead when possible. */
export function show(): Promise<void> {
  return ask(requestOf());
}

/** Data may have changed (targets, tasks, notes): forget what was fetched ahead, ask again. */
export function refresh(): Promise<void> {
  prefetched.clear();
  return ask(requestOf());
}

let prefetchTimer: ReturnType<typeof setTimeout> | undefined;
function schedulePrefetch(mine: number): void {
  clearTimeout(prefetchTimer);
  prefetchTimer = setTimeout(() => void prefetch(mine), 30);
}

async function prefetch(mine: number): Promise<void> {
  const wanted = [...SORT_KEYS.map((key) => requestOf({sort: nextSort(key)})), ...CATEGORIES.map((category) => requestOf({category}))];
  for (const request of wanted) {
    if (mine !== sequence) return; // the user asked for something: stop
    const key = keyOf(request);
    if (prefetched.has(key)) continue;
    try {
      const value = await send('accounts/query', request);
      if (mine !== sequence) return;
      if (prefetched.size >= PREFETCH_LIMIT) prefetched.delete(prefetched.keys().next().value!);
      prefetched.set(key, value);
    } catch {
      return; // the answer to the real query reports errors; fetching ahead just stops
    }
  }
}

export async function setTargets(companyIds: string[], value: boolean): Promise<void> {
  await send('accounts/target-set', {companyIds, value});
  await refresh();
}
