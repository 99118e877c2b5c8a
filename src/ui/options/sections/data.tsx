/**
 * Settings export/import (one JSON document, docs/settings-format.md), full backup and restore
 * (gzip JSON), and storage use. The background validates everything before replacing anything.
 */
import {useEffect, useState} from 'preact/hooks';
import {formatNumber, t} from '../../../shared/i18n';
import {send} from '../../../shared/messaging';

type Message = {kind: 'ok' | 'error'; text: string; problems?: Array<{path: string; message: string}>};

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function gzip(text: string): Promise<Blob> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Response(stream).blob();
}

async function readMaybeGzip(file: File): Promise<string> {
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  if (head[0] === 0x1f && head[1] === 0x8b) return new Response(file.stream().pipeThrough(new DecompressionStream('gzip'))).text();
  return file.text();
}

const stamp = () => new Date().toISOString().slice(0, 10);
const bytes = (n: number) => formatNumber(n / 1024 / 1024, {maximumFractionDigits: 1});

export function DataSection() {
  const [message, setMessage] = useState<Message | null>(null);
  const [usage, setUsage] = useState<{usage: number; quota: number; persisted: boolean} | null>(null);
  const [busy, setBusy] = useState(false);
  const refreshUsage = () => send('storage/usage', {}).then(setUsage, () => undefined);
  useEffect(() => void refreshUsage(), []);

  const run = async (work: () => Promise<Message>) => {
    setBusy(true);
    try {
      setMessage(await work());
    } catch (error) {
      setMessage({kind: 'error', text: t('errorGeneric', (error as Error).message)});
    } finally {
      setBusy(false);
      void refreshUsage();
    }
  };

  const exportSettings = () => run(async () => {
    const {settings} = await send('settings/get', {});
    download(`goalpost-settings-${stamp()}.json`, new Blob([JSON.stringify(settings, null, 2)], {type: 'application/json'}));
    return {kind: 'ok', text: t('dataSettingsExported')};
  });
  const importSettings = (file: File) => run(async () => {
    const answer = await send('settings/import', {json: await file.text()});
    return answer.ok ? {kind: 'ok', text: t('dataSettingsImported', file.name)} : {kind: 'error', text: t('dataImportRefused', file.name), problems: answer.problems};
  });
  const backup = () => run(async () => {
    const {json, counts} = await send('backup/export', {});
    download(`goalpost-backup-${stamp()}.json.gz`, await gzip(json));
    return {kind: 'ok', text: t('dataBackupDone', counts.records, counts.events)};
  });
  const restore = (file: File) => run(async () => {
    if (!confirm(t('dataRestoreConfirm', file.name))) return {kind: 'ok', text: t('dataRestoreCancelled')};
    const answer = await send('backup/restore', {json: await readMaybeGzip(file)});
    return answer.ok ? {kind: 'ok', text: t('dataRestoreDone', answer.counts.records, answer.counts.events)} : {kind: 'error', text: t('dataRestoreRefused', file.name), problems: answer.problems};
  });
  const wipe = () => run(async () => {
    if (!confirm(t('dataWipeConfirm'))) return {kind: 'ok', text: t('dataWipeCancelled')};
    await send('data/wipe', {confirm: 'delete everything'});
    return {kind: 'ok', text: t('dataWipeDone')};
  });
  const persist = () => run(async () => ((await navigator.storage.persist()) ? {kind: 'ok', text: t('dataPersistGranted')} : {kind: 'error', text: t('dataPersistRefused')}));

  const onFile = (handler: (f: File) => void) => (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) handler(file);
  };

  return (
    <>
      <h2>{t('dataTitle')}</h2>
      <p class="muted">{t('dataIntro')}</p>
      <div class="data-grid">
        <div>
          <h3>{t('dataSettingsHeading')}</h3>
          <div class="row">
            <button type="button" class="btn" onClick={exportSettings} disabled={busy}>{t('dataExportSettings')}</button>
            <label class="btn file">
              {t('dataImportSettings')}
              <input type="file" accept="application/json,.json" onChange={onFile(importSettings)} disabled={busy} aria-label={t('dataImportSettings')} />
            </label>
          </div>
        </div>
        <div>
          <h3>{t('dataBackupHeading')}</h3>
          <div class="row">
            <button type="button" class="btn" onClick={backup} disabled={busy}>{t('dataBackup')}</button>
            <button type="button" class="btn danger" onClick={wipe} disabled={busy}>{t('dataWipe')}</button>
            <label class="btn file">
              {t('dataRestore')}
              <input type="file" accept=".gz,.json,application/gzip,application/json" onChange={onFile(restore)} disabled={busy} aria-label={t('dataRestore')} />
            </label>
          </div>
        </div>
        <div>
          <h3>{t('dataStorageHeading')}</h3>
          {usage && (
            <>
              <p data-testid="storage-usage">{t('dataUsage', bytes(usage.usage), bytes(usage.quota))}</p>
              <meter min={0} max={usage.quota || 1} value={usage.usage} aria-label={t('dataStorageHeading')} />
              <p class="muted">{usage.persisted ? t('dataPersisted') : t('dataNotPersisted')}</p>
              {!usage.persisted && <button type="button" class="btn" onClick={persist} disabled={busy}>{t('dataPersist')}</button>}
            </>
          )}
        </div>
      </div>
      <div aria-live="polite">
        {message && (
          <div class={message.kind === 'ok' ? 'note ok' : 'note bad'} role={message.kind === 'error' ? 'alert' : 'status'}>
            <p>{message.text}</p>
            {message.problems && (
              <ul>{message.problems.map((p) => <li key={p.path + p.message}><code>{p.path}</code>: {p.message}</li>)}</ul>
            )}
          </div>
        )}
      </div>
    </>
  );
}
