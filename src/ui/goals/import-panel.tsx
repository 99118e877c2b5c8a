/**
 * Ad data import: ad-platform CSV exports parsed in the page (src/import), a preview with every error by
 * file, line and column, then one commit of all rows. The background derives the event id from the rows,
 * so importing the same export again changes nothing.
 */
import {useState} from 'preact/hooks';
import {buildPreview, importFiles, type ImportResult, type PreviewFile} from '../../import';
import {formatNumber, t} from '../../shared/i18n';
import {send} from '../../shared/messaging';
import {amount} from './format';

interface Parsed {
  result: ImportResult;
  preview: PreviewFile[];
  errors: number;
}

export function ImportPanel({onImported}: {onImported: () => void | Promise<void>}) {
  const [parsed, setParsed] = useState<Parsed | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ok: boolean; text: string} | null>(null);

  const choose = async (input: HTMLInputElement) => {
    setOutcome(null);
    const files = [...(input.files ?? [])];
    input.value = ''; // so choosing the same export again (a re-import) fires a change
    if (files.length === 0) return setParsed(null);
    const inputs = await Promise.all(files.map(async (f) => ({name: f.name, data: new Uint8Array(await f.arrayBuffer())})));
    const result = importFiles(inputs);
    const preview = buildPreview(result).files.map((file, i) =>
      result.files[i].kind === 'ad' || file.errors.length
        ? file
        : {...file, errors: [{line: 1, column: null, message: t('agImportNotAds')}]},
    );
    setParsed({result, preview, errors: preview.reduce((n, f) => n + f.errors.length, 0)});
  };

  const commit = async () => {
    if (!parsed) return;
    setBusy(true);
    try {
      const campaignNames = Object.assign({}, ...parsed.result.files.map((f) => f.campaignNames)) as Record<string, string>;
      const currency = parsed.result.files.find((f) => f.currency)?.currency;
      const answer = await send('adMetrics/import', {rows: parsed.result.adMetrics, campaignNames, ...(currency ? {currency} : {})});
      setOutcome({ok: true, text: answer.newEvents ? t('agImportDone', formatNumber(answer.rows)) : t('agImportAlready')});
      setParsed(null);
      await onImported();
    } catch (e) {
      setOutcome({ok: false, text: t('errorGeneric', (e as Error).message)});
    } finally {
      setBusy(false);
    }
  };

  const rows = parsed?.result.adMetrics.length ?? 0;
  return (
    <section class="card" aria-labelledby="ag-import-title" id="import">
      <h2 id="ag-import-title">{t('agImportTitle')}</h2>
      <p class="muted">{t('agImportIntro')}</p>
      <div class="row">
        <label class="btn file">
          {t('agImportChoose')}
          <input type="file" multiple accept=".csv,.tsv,.txt,text/csv" data-testid="ag-import-file" onChange={(e) => void choose(e.currentTarget as HTMLInputElement)} />
        </label>
      </div>
      {parsed && (
        <div class="import-preview" data-testid="ag-import-preview">
          {parsed.preview.map((file) => <PreviewBlock key={file.file} file={file} />)}
          <div class="row actions">
            <button type="button" class="btn primary" disabled={busy || parsed.errors > 0 || rows === 0} onClick={() => void commit()}>
              {t('agImportCommit', formatNumber(rows))}
            </button>
            <button type="button" class="btn" onClick={() => setParsed(null)}>{t('agCancel')}</button>
            {parsed.errors > 0 && <p class="muted">{t('agImportFixFirst')}</p>}
          </div>
        </div>
      )}
      {outcome && <p role="status" class={`note ${outcome.ok ? 'ok' : 'bad'}`}>{outcome.text}</p>}
    </section>
  );
}

function PreviewBlock({file}: {file: PreviewFile}) {
  const months = file.adMetrics?.byCampaignMonth ?? [];
  return (
    <div class="preview-file">
      <h3>{file.file} <span class="muted">· {file.format} · {t('agImportRows', formatNumber(file.rows))}</span></h3>
      {file.errors.length > 0 && (
        <div class="table-wrap">
          <table class="errors" aria-label={t('agImportErrorsLabel', file.file)}>
            <thead><tr><th scope="col">{t('agImportFile')}</th><th scope="col">{t('agImportLine')}</th><th scope="col">{t('agImportColumn')}</th><th scope="col">{t('agImportProblem')}</th></tr></thead>
            <tbody>
              {file.errors.map((e, i) => (
                <tr key={i}><td>{file.file}</td><td>{e.line}</td><td>{e.column ?? '—'}</td><td>{e.message}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {months.length > 0 && (
        <div class="table-wrap">
          <table aria-label={t('agImportSummaryLabel', file.file)}>
            <thead><tr><th scope="col">{t('agCampaign')}</th><th scope="col">{t('agMonth')}</th><th scope="col" class="num">{t('agSpend')}</th><th scope="col" class="num">{t('agConversions')}</th></tr></thead>
            <tbody>
              {months.map((m) => (
                <tr key={`${m.campaign}-${m.month}`}><td>{m.campaign}</td><td>{m.month}</td><td class="num">{amount(m.spend)}</td><td class="num">{amount(m.conversions)}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
