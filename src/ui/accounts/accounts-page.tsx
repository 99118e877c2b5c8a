/** The target-accounts index (TA-5..36): metrics, categories, filters, table, recommendations, overview. */
import {useEffect} from 'preact/hooks';
import {CATEGORIES, type Category} from '../../core/accounts';
import {formatNumber, t, type MessageKey} from '../../shared/i18n';
import {AccountsTable} from './accounts-table';
import {categoryCounts, error, metrics, notice, overviewId, owners, pageState, query, refresh, show, tab, teams} from './model';
import {Overview} from './overview';
import {Recommendations} from './recommendations';
import {SelectDialog} from './select-dialog';
import {TeamFilter} from './team-filter';

const catKey = (c: Category) => `taCat${c.charAt(0).toUpperCase()}${c.slice(1)}` as MessageKey;

export function AccountsPage() {
  useEffect(() => void refresh(), []);
  const state = pageState.value;
  return (
    <main class="ta-page">
      <header class="ta-header">
        <h1>{t('taHeading')}</h1>
        <SelectDialog />
      </header>
      {error.value && <p class="ta-error" role="alert">{t('taError', error.value)}</p>}
      <p class="ta-notice" role="status" data-testid="ta-notice">{notice.value}</p>
      {state === 'loading' ? (
        <p class="muted" role="status">{t('taLoading')}</p>
      ) : state === 'setup' ? (
        <section class="card ta-setup" data-testid="ta-setup">
          <h2>{t('taSetupTitle')}</h2>
          <p>{t('taSetupBody')}</p>
          <SelectDialog primary />
        </section>
      ) : null}
      {state === 'ready' && <Metrics />}
      <div class="ta-tabs" role="tablist" aria-label={t('taTabs')}>
        {(['accounts', 'recommendations', 'prospects'] as const).map((id) => (
          <button key={id} type="button" role="tab" id={`ta-tab-${id}`} aria-selected={tab.value === id} aria-controls="ta-tabpanel" tabIndex={tab.value === id ? 0 : -1} onClick={() => (tab.value = id)} onKeyDown={tabKeys}>
            {t(id === 'accounts' ? 'taTabAccounts' : id === 'recommendations' ? 'taTabRecommendations' : 'taTabProspects')}
          </button>
        ))}
      </div>
      <div id="ta-tabpanel" role="tabpanel" aria-labelledby={`ta-tab-${tab.value}`}>
        {tab.value === 'accounts' ? state === 'ready' && <AccountsView /> : <Recommendations kind={tab.value} />}
      </div>
      {overviewId.value && <Overview companyId={overviewId.value} />}
    </main>
  );
}

function tabKeys(event: KeyboardEvent) {
  const order = ['accounts', 'recommendations', 'prospects'] as const;
  const at = order.indexOf(tab.value);
  const next = event.key === 'ArrowRight' ? order[(at + 1) % 3] : event.key === 'ArrowLeft' ? order[(at + 2) % 3] : undefined;
  if (!next) return;
  event.preventDefault();
  tab.value = next;
  document.getElementById(`ta-tab-${next}`)?.focus();
}

function Metrics() {
  const m = metrics.value!;
  const items: Array<[MessageKey, string, string]> = [
    ['taMetricTargets', formatNumber(m.targetAccounts), 'targetAccounts'],
    ['taMetricWithDeals', formatNumber(m.accountsWithOpenDeals), 'accountsWithOpenDeals'],
    ['taMetricDealValue', formatNumber(m.openDealValue), 'openDealValue'],
    ['taMetricNoRole', formatNumber(m.noBuyingRole), 'noBuyingRole'],
    ['taMetricNoDecisionMaker', formatNumber(m.missingDecisionMakers), 'missingDecisionMakers'],
  ];
  return (
    <section class="ta-metrics" aria-label={t('taMetrics')}>
      {items.map(([key, value, id]) => (
        <div class="card ta-metric" key={id} data-metric={id}>
          <div class="ta-metric-label">{t(key)}</div>
          <div class="ta-metric-value">{value}</div>
        </div>
      ))}
    </section>
  );
}

function AccountsView() {
  const counts = categoryCounts.value!;
  const set = (update: () => void) => {
    update();
    query.offset.value = 0;
    void show();
  };
  return (
    <div class="ta-body">
      <nav class="ta-categories" aria-label={t('taCategories')}>
        <ul>
          {CATEGORIES.map((c) => (
            <li key={c}>
              <button type="button" class="ta-cat" aria-current={query.category.value === c ? 'true' : undefined} data-category={c} onClick={() => set(() => (query.category.value = c))}>
                <span>{t(catKey(c))}</span>
                <span class="ta-count">{formatNumber(counts[c] ?? 0)}</span>
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <div class="ta-main">
        <div class="ta-filters">
          <label>
            <span>{t('taSearch')}</span>
            <input type="search" value={query.search.value} onInput={(e) => set(() => (query.search.value = e.currentTarget.value))} />
          </label>
          <label>
            <span>{t('taFilterOwner')}</span>
            <select value={query.ownerId.value} onChange={(e) => set(() => (query.ownerId.value = e.currentTarget.value))}>
              <option value="">{t('taAnyOwner')}</option>
              {owners.value.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
            </select>
          </label>
          <TeamFilter teams={teams.value} onChange={(ids) => set(() => (query.teamIds.value = ids))} />
        </div>
        <AccountsTable />
      </div>
    </div>
  );
}
