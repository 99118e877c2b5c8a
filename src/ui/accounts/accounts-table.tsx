/** The index table (TA-13..19): sortable columns (aria-sort), 100 rows a page, row actions (TA-35/36). */
import type {SortKey} from '../../core/accounts';
import {formatDateTime, formatNumber, relativeTime, rememberText, t, type MessageKey} from '../../shared/i18n';
import type {AccountRowData} from '../../shared/protocol/accounts';
import {rowActions, RowDialogs} from './row-actions';
import {answer, nextSort, overviewId, PAGE_SIZE, query, rowMenu, show, shown} from './model';

const COLUMNS: Array<[SortKey, MessageKey]> = [
  ['name', 'taName'],
  ['contacts', 'taContacts'],
  ['openDeals', 'taOpenDeals'],
  ['openDealValue', 'taOpenDealValue'],
  ['lastTouch', 'taLastTouch'],
  ['lastEngagement', 'taLastEngagement'],
  ['upcoming', 'taUpcoming'],
];

function sortBy(key: SortKey) {
  query.sort.value = nextSort(key);
  query.offset.value = 0;
  void show();
}

/** Formatted values, remembered (the page's language does not change while it lives). */
const remember = (key: string, make: () => string) => rememberText(`ta|${key}`, make);
const num = (n: number) => remember(`n${n}`, () => formatNumber(n));

export function when(at: number | null, now: number) {
  if (at === null) return <span class="muted">{remember('none', () => t('taNone'))}</span>;
  return (
    <time dateTime={remember(`i${at}`, () => new Date(at).toISOString())} title={remember(`d${at}`, () => formatDateTime(at))}>
      {relativeTime(at, now)}
    </time>
  );
}

export function AccountsTable() {
  const a = answer.value!;
  // The header and pager follow the rows on screen, so a click re-renders the table once, when they arrive.
  const {sort, offset} = shown.value;
  const menuFor = rowMenu.value?.id;
  const from = a.total === 0 ? 0 : offset + 1;
  const to = Math.min(offset + PAGE_SIZE, a.total);
  const page = (delta: number) => {
    query.offset.value = Math.max(0, query.offset.value + delta * PAGE_SIZE);
    void show();
  };
  return (
    <>
      <div class="ta-table-wrap">
        <table class="ta-table" data-testid="ta-table">
          <thead>
            <tr>
              {COLUMNS.map(([key, label]) => (
                <th key={key} scope="col" aria-sort={sort.key === key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined} class={key === 'name' ? undefined : 'num'}>
                  <button type="button" class="ta-sort" data-sort={key} onClick={() => sortBy(key)}>
                    {t(label)}
                    <span class="ta-arrow" aria-hidden="true">{sort.key === key ? (sort.dir === 'asc' ? '▲' : '▼') : ''}</span>
                  </button>
                </th>
              ))}
              <th scope="col"><span class="visually-hidden">{t('taActions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {/* Keyed by position: a new sort or page rewrites the 100 rows' cells in place instead of
                tearing them down and building new ones (RowActions drops its open menu when its account changes). */}
            {a.rows.map((row, i) => <Row key={i} row={row} now={a.now} menuOpen={menuFor === row.id} />)}
          </tbody>
        </table>
      </div>
      {a.rows.length === 0 && <p class="muted ta-empty">{t('taNoRows')}</p>}
      <div class="ta-pager">
        <span role="status">{t('taShowing', formatNumber(from), formatNumber(to), formatNumber(a.total))}</span>
        <button type="button" class="btn" disabled={offset === 0} onClick={() => page(-1)}>{t('taPrev')}</button>
        <button type="button" class="btn" disabled={to >= a.total} onClick={() => page(1)}>{t('taNext')}</button>
      </div>
      <RowDialogs />
    </>
  );
}

function Row({row, now, menuOpen}: {row: AccountRowData; now: number; menuOpen: boolean}) {
  return (
    <tr data-account={row.id}>
      <th scope="row">
        <button type="button" class="ta-link" onClick={() => (overviewId.value = row.id)}>{row.name}</button>
      </th>
      <td class="num" data-field="contacts">{num(row.contacts)}</td>
      <td class="num" data-field="openDeals">{num(row.openDeals)}</td>
      <td class="num" data-field="openDealValue">{num(row.openDealValue)}</td>
      <td class="num" data-field="lastTouch">{when(row.lastTouch, now)}</td>
      <td class="num" data-field="lastEngagement">{when(row.lastEngagement, now)}</td>
      <td class="num" data-field="upcoming">{when(row.upcoming, now)}</td>
      <td>{rowActions(row.id, row.name, remember(`a${row.name}`, () => t('taActionsFor', row.name)), menuOpen)}</td>
    </tr>
  );
}
