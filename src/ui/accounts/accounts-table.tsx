/** The index table (TA-13..19): sortable columns (aria-sort), 100 rows a page, row actions (TA-35/36). */
import type {SortKey} from '../../core/accounts';
import {formatDateTime, formatNumber, relativeTime, t, type MessageKey} from '../../shared/i18n';
import type {AccountRowData} from '../../shared/protocol/accounts';
import {RowActions} from './row-actions';
import {answer, overviewId, PAGE_SIZE, query, refresh} from './model';

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
  const current = query.sort.value;
  query.sort.value = current.key === key ? {key, dir: current.dir === 'asc' ? 'desc' : 'asc'} : {key, dir: key === 'name' ? 'asc' : 'desc'};
  query.offset.value = 0;
  void refresh();
}

export function when(at: number | null, now: number) {
  return at === null ? <span class="muted">{t('taNone')}</span> : <time dateTime={new Date(at).toISOString()} title={formatDateTime(at)}>{relativeTime(at, now)}</time>;
}

export function AccountsTable() {
  const a = answer.value!;
  const sort = query.sort.value;
  const from = a.total === 0 ? 0 : query.offset.value + 1;
  const to = Math.min(query.offset.value + PAGE_SIZE, a.total);
  const page = (delta: number) => {
    query.offset.value = Math.max(0, query.offset.value + delta * PAGE_SIZE);
    void refresh();
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
            {a.rows.map((row) => <Row key={row.id} row={row} now={a.now} />)}
          </tbody>
        </table>
      </div>
      {a.rows.length === 0 && <p class="muted ta-empty">{t('taNoRows')}</p>}
      <div class="ta-pager">
        <span role="status">{t('taShowing', formatNumber(from), formatNumber(to), formatNumber(a.total))}</span>
        <button type="button" class="btn" disabled={query.offset.value === 0} onClick={() => page(-1)}>{t('taPrev')}</button>
        <button type="button" class="btn" disabled={to >= a.total} onClick={() => page(1)}>{t('taNext')}</button>
      </div>
    </>
  );
}

function Row({row, now}: {row: AccountRowData; now: number}) {
  return (
    <tr data-account={row.id}>
      <th scope="row">
        <button type="button" class="ta-link" onClick={() => (overviewId.value = row.id)}>{row.name}</button>
      </th>
      <td class="num" data-field="contacts">{formatNumber(row.contacts)}</td>
      <td class="num" data-field="openDeals">{formatNumber(row.openDeals)}</td>
      <td class="num" data-field="openDealValue">{formatNumber(row.openDealValue)}</td>
      <td class="num" data-field="lastTouch">{when(row.lastTouch, now)}</td>
      <td class="num" data-field="lastEngagement">{when(row.lastEngagement, now)}</td>
      <td class="num" data-field="upcoming">{when(row.upcoming, now)}</td>
      <td><RowActions id={row.id} name={row.name} /></td>
    </tr>
  );
}
