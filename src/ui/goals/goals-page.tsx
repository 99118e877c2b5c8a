/** The ad goals page (SPEC §3): ad data import, the goals list with filters and details, the goal wizard. */
import {useCallback, useEffect, useState} from 'preact/hooks';
import type {AdGoal} from '../../core/model';
import {t} from '../../shared/i18n';
import {send} from '../../shared/messaging';
import type {ResponseOf} from '../../shared/protocol';
import type {AdCatalog} from '../../shared/protocol/adgoals';
import {GoalDetails} from './goal-details';
import {GoalList} from './goal-list';
import {ImportPanel} from './import-panel';
import {RefreshBar} from './refresh-bar';
import {GoalWizard} from './wizard';

export type GoalsData = ResponseOf<'adGoals/list'>;

export function GoalsPage() {
  const [data, setData] = useState<GoalsData | null>(null);
  const [catalog, setCatalog] = useState<AdCatalog>({campaigns: []});
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<AdGoal | 'new' | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      const [list, cat] = await Promise.all([send('adGoals/list', {}), send('adGoals/catalog', {})]);
      setData(list);
      setCatalog(cat);
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  }, []);
  useEffect(() => void reload(), []);

  const open = data?.goals.find((g) => g.id === openId);
  return (
    <main class="layout goals">
      <header class="top">
        <img src="/icons/icon-48.png" alt="" />
        <div>
          <h1>{t('agPageTitle')}</h1>
          <p class="muted">{t('agPageIntro')}</p>
        </div>
      </header>
      {error && <p role="alert" class="note bad">{t('errorGeneric', error)}</p>}
      <ImportPanel onImported={reload} />
      {editing ? (
        <GoalWizard
          goal={editing === 'new' ? null : editing}
          catalog={catalog}
          fiscalYearStartMonth={data?.fiscalYearStartMonth ?? 1}
          onClose={(savedId) => {
            setEditing(null);
            if (savedId) {
              setOpenId(savedId);
              void reload();
            }
          }}
        />
      ) : (
        <section class="card" aria-labelledby="ag-goals-title">
          <div class="section-head">
            <h2 id="ag-goals-title">{t('agGoalsTitle')}</h2>
            <button type="button" class="btn primary" onClick={() => setEditing('new')}>{t('agCreateGoal')}</button>
          </div>
          {data && <RefreshBar data={data} onRefreshed={reload} />}
          {!data && !error && <p class="muted" role="status">{t('loading')}</p>}
          {data && <GoalList data={data} catalog={catalog} onOpen={setOpenId} onEdit={setEditing} onChanged={reload} openId={openId} />}
        </section>
      )}
      {open && data?.results[open.id] && !editing && (
        <GoalDetails key={open.id} goal={open} result={data.results[open.id]} catalog={catalog} onClose={() => setOpenId(null)} onOpenGoal={setOpenId} />
      )}
    </main>
  );
}
