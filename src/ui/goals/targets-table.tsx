/**
 * AG-13: one target per campaign per period. Select rows, enter a value and "Apply target" sets it for
 * every period of those rows; single cells stay editable.
 */
import {useState} from 'preact/hooks';
import {applyTargetToRows, type Period} from '../../core/adgoals';
import {t} from '../../shared/i18n';
import {FieldError, type StepProps} from './wizard';
import {syncTable} from './wizard-state';

export function TargetsStep({draft, update, errors, catalog, periods}: StepProps & {periods: Period[]}) {
  const [selected, setSelected] = useState<string[]>([]);
  const [value, setValue] = useState('');
  const table = syncTable(draft.table, draft.campaignIds, periods);
  const nameOf = (id: string) => catalog.campaigns.find((c) => c.id === id)?.name ?? id;
  const number = Number(value);
  const canApply = selected.length > 0 && value.trim() !== '' && Number.isFinite(number) && number >= 0;
  const allSelected = selected.length === draft.campaignIds.length && selected.length > 0;

  if (!periods.length || !draft.campaignIds.length) return <p class="note">{t('agTargetsNeedPeriods')}</p>;
  return (
    <div class="fields">
      <p class="muted">{draft.template === 'costPerContactInStage' ? t('agTargetsCpcHelp') : t('agTargetsHelp')}</p>
      <div class="row apply">
        <label class="field">
          <span>{t('agTargetValue')}</span>
          <input type="number" min="0" step="any" value={value} onInput={(e) => setValue((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <button type="button" class="btn" disabled={!canApply}
          onClick={() => update({table: applyTargetToRows(table, selected, number, periods)})}>
          {t('agApplyTarget', String(selected.length))}
        </button>
      </div>
      <div class="table-wrap">
        <table class="targets" data-testid="ag-targets">
          <thead>
            <tr>
              <th scope="col">
                <input type="checkbox" aria-label={t('agSelectAllRows')} checked={allSelected}
                  onChange={(e) => setSelected((e.currentTarget as HTMLInputElement).checked ? [...draft.campaignIds] : [])} />
              </th>
              <th scope="col">{t('agCampaign')}</th>
              {periods.map((p) => <th key={p.start} scope="col" class="num">{p.start === p.end ? p.start : `${p.start} – ${p.end}`}</th>)}
            </tr>
          </thead>
          <tbody>
            {draft.campaignIds.map((id) => (
              <tr key={id}>
                <td>
                  <input type="checkbox" aria-label={t('agSelectRow', nameOf(id))} checked={selected.includes(id)}
                    onChange={(e) => setSelected((e.currentTarget as HTMLInputElement).checked ? [...selected, id] : selected.filter((x) => x !== id))} />
                </td>
                <th scope="row">{nameOf(id)}</th>
                {periods.map((p) => (
                  <td key={p.start} class="num">
                    <input type="number" min="0" step="any" class="cell" value={table[id][p.start]} aria-label={t('agTargetCell', nameOf(id), p.start)}
                      onInput={(e) => {
                        const n = Number((e.currentTarget as HTMLInputElement).value);
                        update({table: {...table, [id]: {...table[id], [p.start]: Number.isFinite(n) ? n : 0}}});
                      }} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <FieldError errors={errors} field="target" id="ag-err-target" />
      <FieldError errors={errors} field="periodTargets" id="ag-err-periodTargets" />
    </div>
  );
}
