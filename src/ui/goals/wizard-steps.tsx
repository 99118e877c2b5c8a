/** The wizard's steps other than targets (targets-table.tsx). Controls are labelled; errors sit beside them. */
import {isLifecycleTemplate, notificationTypesFor} from '../../core/adgoals';
import {AD_GOAL_DURATIONS, AD_GOAL_TEMPLATES} from '../../core/adgoals/validate';
import {LIFECYCLE_STAGES, type AdGoalDuration, type LifecycleStage} from '../../core/model';
import {t} from '../../shared/i18n';
import {DURATION_KEY, NOTIFY_KEY, STAGE_KEY, TEMPLATE_HELP_KEY, TEMPLATE_KEY} from './format';
import {FieldError, type StepProps} from './wizard';

const described = (errors: StepProps['errors'], field: string) => (errors.some((e) => e.field === field) ? `ag-err-${field}` : undefined);

export function TemplateStep({draft, update, errors}: StepProps) {
  return (
    <div class="choices" role="radiogroup" aria-label={t('agStepTemplate')} aria-describedby={described(errors, 'template')}>
      {AD_GOAL_TEMPLATES.map((template) => (
        <label key={template} class={`choice ${draft.template === template ? 'chosen' : ''}`}>
          <input type="radio" name="template" value={template} checked={draft.template === template}
            onChange={() => update({template, notifications: draft.notifications.filter((n) => notificationTypesFor(template).includes(n))})} />
          <span><strong>{t(TEMPLATE_KEY[template])}</strong><span class="muted">{t(TEMPLATE_HELP_KEY[template])}</span></span>
        </label>
      ))}
      <FieldError errors={errors} field="template" id="ag-err-template" />
    </div>
  );
}

export function BasicsStep({draft, update, errors, editing}: StepProps) {
  return (
    <div class="fields">
      <label class="field">
        <span>{t('agGoalName')}</span>
        <input type="text" value={draft.name} maxLength={200} aria-invalid={errors.some((e) => e.field === 'name')} aria-describedby={described(errors, 'name')}
          onInput={(e) => update({name: (e.currentTarget as HTMLInputElement).value})} />
      </label>
      <FieldError errors={errors} field="name" id="ag-err-name" />
      {draft.template && isLifecycleTemplate(draft.template) && (
        <>
          <label class="field">
            <span>{t('agLifecycleStage')}</span>
            <select value={draft.lifecycleStage} disabled={editing} aria-describedby={described(errors, 'lifecycleStage')}
              onChange={(e) => update({lifecycleStage: (e.currentTarget as HTMLSelectElement).value as LifecycleStage})}>
              <option value="">{t('agChoose')}</option>
              {LIFECYCLE_STAGES.map((s) => <option key={s} value={s}>{t(STAGE_KEY[s])}</option>)}
            </select>
          </label>
          <FieldError errors={errors} field="lifecycleStage" id="ag-err-lifecycleStage" />
        </>
      )}
    </div>
  );
}

const toggle = (list: string[], id: string, on: boolean) => (on ? [...new Set([...list, id])] : list.filter((x) => x !== id));

export function CampaignsStep({draft, update, errors, catalog}: StepProps) {
  const accounts = [...new Set(catalog.campaigns.map((c) => c.accountId))];
  const campaigns = catalog.campaigns.filter((c) => draft.accountIds.includes(c.accountId));
  if (!catalog.campaigns.length) return <p class="note">{t('agNoCampaigns')} <a href="#import">{t('agImportTitle')}</a></p>;
  return (
    <div class="fields two">
      <fieldset class="checks" aria-describedby={described(errors, 'accountIds')}>
        <legend>{t('agAccounts')}</legend>
        {accounts.map((id) => (
          <label key={id}>
            <input type="checkbox" checked={draft.accountIds.includes(id)} onChange={(e) => {
              const on = (e.currentTarget as HTMLInputElement).checked;
              const accountIds = toggle(draft.accountIds, id, on);
              const keep = new Set(catalog.campaigns.filter((c) => accountIds.includes(c.accountId)).map((c) => c.id));
              update({accountIds, campaignIds: draft.campaignIds.filter((c) => keep.has(c))});
            }} /> {id}
          </label>
        ))}
        <FieldError errors={errors} field="accountIds" id="ag-err-accountIds" />
      </fieldset>
      <fieldset class="checks" aria-describedby={described(errors, 'campaignIds')}>
        <legend>{t('agCampaigns')}</legend>
        {campaigns.length === 0 && <p class="muted">{t('agPickAccountFirst')}</p>}
        {campaigns.map((c) => (
          <label key={`${c.accountId}-${c.id}`}>
            <input type="checkbox" checked={draft.campaignIds.includes(c.id)}
              onChange={(e) => update({campaignIds: toggle(draft.campaignIds, c.id, (e.currentTarget as HTMLInputElement).checked)})} />{' '}
            {c.name} <span class="muted">({c.network}, {c.firstDate} – {c.lastDate})</span>
          </label>
        ))}
        <FieldError errors={errors} field="campaignIds" id="ag-err-campaignIds" />
      </fieldset>
    </div>
  );
}

export function DurationStep({draft, update, errors}: StepProps) {
  return (
    <div class="fields">
      <label class="field">
        <span>{t('agDuration')}</span>
        <select value={draft.duration} aria-describedby={described(errors, 'duration')}
          onChange={(e) => update({duration: (e.currentTarget as HTMLSelectElement).value as AdGoalDuration})}>
          {AD_GOAL_DURATIONS.map((d) => <option key={d} value={d}>{t(DURATION_KEY[d])}</option>)}
        </select>
      </label>
      <FieldError errors={errors} field="duration" id="ag-err-duration" />
      {draft.duration !== 'custom' && (
        <label class="check">
          <input type="checkbox" checked={draft.alignToFiscalYear} onChange={(e) => update({alignToFiscalYear: (e.currentTarget as HTMLInputElement).checked})} />{' '}
          {t('agAlignFiscal')}
        </label>
      )}
      <div class="row">
        <label class="field">
          <span>{t('agStart')}</span>
          <input type="date" value={draft.start} aria-describedby={described(errors, 'start')} onInput={(e) => update({start: (e.currentTarget as HTMLInputElement).value})} />
        </label>
        <label class="field">
          <span>{t('agEnd')}</span>
          <input type="date" value={draft.end} aria-describedby={described(errors, 'end')} onInput={(e) => update({end: (e.currentTarget as HTMLInputElement).value})} />
        </label>
      </div>
      <FieldError errors={errors} field="start" id="ag-err-start" />
      <FieldError errors={errors} field="end" id="ag-err-end" />
    </div>
  );
}

export function NotificationsStep({draft, update, errors}: StepProps) {
  const offered = draft.template ? notificationTypesFor(draft.template) : [];
  return (
    <div class="fields">
      <p class="muted">{t('agNotifyIntro')}</p>
      {draft.template === 'costPerContactInStage' && <p class="muted">{t('agNotifyCpcOnly')}</p>}
      {offered.map((type) => (
        <label key={type} class="check">
          <input type="checkbox" checked={draft.notifications.includes(type)}
            onChange={(e) => update({notifications: (e.currentTarget as HTMLInputElement).checked ? [...draft.notifications, type] : draft.notifications.filter((n) => n !== type)})} />{' '}
          {t(NOTIFY_KEY[type])}
        </label>
      ))}
      <FieldError errors={errors} field="notifications" id="ag-err-notifications" />
    </div>
  );
}
