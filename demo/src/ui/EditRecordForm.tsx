/** Hand edits a rep makes in a CRM: owner, lifecycle stage, buying roles, lead or deal stage. Persisted. */
import {BUYING_ROLE_LABELS, DEAL_STAGE_LABELS, DEAL_STEP_LABELS, LEAD_STAGE_LABELS, LIFECYCLE_LABELS} from '../data/labels';
import type {RecordEdit} from '../data/overlay';
import {db, editRecord} from '../data/store';
import {BUYING_ROLES, DEAL_STAGES, LEAD_STAGES, LIFECYCLE_STAGES, OPEN_DEAL_STEPS, type BuyingRole, type Contact, type Deal, type DealStage, type LeadStage, type LifecycleStage, type OpenDealStep} from '../data/types';
import type {RecordContext} from './record-context';

export function EditRecordForm({ctx, onDone}: {ctx: RecordContext; onDone: () => void}) {
  const record = ctx.record as unknown as Record<string, unknown>;
  const onSubmit = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const edit: RecordEdit = {ownerId: String(form.get('ownerId'))};
    if (form.has('lifecycleStage')) edit.lifecycleStage = form.get('lifecycleStage') as LifecycleStage;
    if (ctx.type === 'contact') edit.buyingRoles = form.getAll('buyingRoles') as BuyingRole[];
    if (ctx.type === 'lead') edit.stage = form.get('stage') as LeadStage;
    if (ctx.type === 'deal') {
      // "Open · <step>" options carry both parts so one select sets the stage and the pipeline step.
      const [stage, step] = String(form.get('dealStage')).split(':') as [DealStage, OpenDealStep | undefined];
      edit.stage = stage;
      edit.step = step;
    }
    editRecord(ctx.type, ctx.record.id, edit);
    onDone();
  };
  const deal = ctx.record as Deal;

  return (
    <form id="edit-record" class="edit-form" data-testid="edit-record-form" onSubmit={onSubmit}>
      <div class="form-grid">
        <Select name="ownerId" label="Owner" value={String(record.ownerId)} options={db.value.users.map((u) => [u.id, u.name])} />
        {(ctx.type === 'company' || ctx.type === 'contact') && (
          <Select name="lifecycleStage" label="Lifecycle stage" value={String(record.lifecycleStage)} options={LIFECYCLE_STAGES.map((s) => [s, LIFECYCLE_LABELS[s]])} />
        )}
        {ctx.type === 'lead' && <Select name="stage" label="Lead stage" value={String(record.stage)} options={LEAD_STAGES.map((s) => [s, LEAD_STAGE_LABELS[s]])} />}
        {ctx.type === 'deal' && (
          <Select
            name="dealStage"
            label="Deal stage"
            value={deal.stage === 'open' ? `open:${deal.step ?? OPEN_DEAL_STEPS[0]}` : deal.stage}
            options={[...OPEN_DEAL_STEPS.map((s): [string, string] => [`open:${s}`, DEAL_STEP_LABELS[s]]), ...DEAL_STAGES.filter((s) => s !== 'open').map((s): [string, string] => [s, DEAL_STAGE_LABELS[s]])]}
          />
        )}
      </div>
      {ctx.type === 'contact' && (
        <fieldset class="checks">
          <legend>Buying roles</legend>
          {BUYING_ROLES.map((role) => (
            <label key={role}>
              <input type="checkbox" name="buyingRoles" value={role} defaultChecked={(ctx.record as Contact).buyingRoles.includes(role)} /> {BUYING_ROLE_LABELS[role]}
            </label>
          ))}
        </fieldset>
      )}
      <div class="form-actions">
        <button type="submit" class="btn btn-primary">Save changes</button>
        <button type="button" class="btn btn-ghost" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function Select({name, label, value, options}: {name: string; label: string; value: string; options: Array<[string, string]>}) {
  const id = `edit-${name}`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} name={name}>
        {options.map(([v, text]) => (
          <option key={v} value={v} selected={v === value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
