/** "Test on a tab" for one custom CRM: pick an open tab of it and see how many elements each selector matches. */
import {useEffect, useState} from 'preact/hooks';
import {t, type MessageKey} from '../../../shared/i18n';
import {send} from '../../../shared/messaging';
import type {ResponseOf} from '../../../shared/protocol';
import type {CrmStatus} from '../../../shared/protocol/crms';

type Tabs = ResponseOf<'crms/tabs'>;
type Result = ResponseOf<'crms/test'>;

const REASONS: Record<string, MessageKey> = {
  'not-custom': 'crmTestNotCustom',
  'tab-closed': 'crmTestTabClosed',
  'not-crm': 'crmTestNotCrm',
  'no-script': 'crmTestNoScript',
};

export function CrmTester({crm}: {crm: CrmStatus}) {
  const [tabs, setTabs] = useState<Tabs | null>(null);
  const [tabId, setTabId] = useState<number | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const selectId = `crm-test-tab-${crm.id.replace(/[^a-z0-9-]/gi, '-')}`;

  useEffect(() => {
    send('crms/tabs', {id: crm.id}).then((list) => {
      setTabs(list);
      setTabId(list[0]?.tabId ?? null);
    }, (e: Error) => setError(e.message));
  }, [crm.id]);

  const run = async () => {
    if (tabId === null) return;
    setBusy(true);
    try {
      setResult(await send('crms/test', {id: crm.id, tabId}));
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="crm-test" data-testid="crm-test">
      {tabs && tabs.length === 0 && <p>{t('crmTestNoTabs')}</p>}
      {tabs && tabs.length > 0 && (
        <div class="row">
          <label for={selectId}>{t('crmTestTab', crm.name)}</label>
          <select id={selectId} value={tabId ?? ''} onChange={(e) => setTabId(Number(e.currentTarget.value))}>
            {tabs.map((tab) => <option key={tab.tabId} value={tab.tabId}>{tab.title}</option>)}
          </select>
          <button type="button" class="btn" onClick={() => void run()} disabled={busy || tabId === null}>{t('crmTestRun')}</button>
        </div>
      )}
      {error && <p role="alert">{t('crmError', error)}</p>}
      {result && !result.ok && <p role="alert">{t(REASONS[result.reason])}</p>}
      {result?.ok && (
        <>
          <p role="status">{result.page ? t('crmTestPage', result.page) : t('crmTestPageNone')}</p>
          <div class="table-wrap">
            <table data-testid="crm-test-results">
              <thead>
                <tr>
                  <th scope="col">{t('crmTestPath')}</th>
                  <th scope="col">{t('crmTestSelector')}</th>
                  <th scope="col">{t('crmTestCount')}</th>
                </tr>
              </thead>
              <tbody>
                {result.results.map((r) => (
                  <tr key={r.path}>
                    <td><code>{r.path}</code></td>
                    <td><code>{r.selector}</code></td>
                    <td class={r.count > 0 ? '' : 'crm-zero'}>
                      {r.count < 0 ? t('crmTestInvalid') : r.items !== undefined ? t('crmTestItems', r.count, r.items) : r.count}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
