/** Building blocks of the log forms: every control has a visible label (axe: "label"). */
import type {ComponentChildren} from 'preact';
import {useState} from 'preact/hooks';
import type {Contact} from '../../data/types';
import {fullName} from '../../seed/people';

interface ShellProps {
  testId: string;
  title: string;
  submitLabel: string;
  onSubmit(form: FormData): void;
  onCancel(): void;
  children: ComponentChildren;
}

/** A log form; a thrown Error from onSubmit is shown inline, next to the buttons. */
export function FormShell({testId, title, submitLabel, onSubmit, onCancel, children}: ShellProps) {
  const [error, setError] = useState<string | undefined>();
  const submit = (event: Event) => {
    event.preventDefault();
    try {
      onSubmit(new FormData(event.currentTarget as HTMLFormElement));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const headingId = `${testId}-title`;
  return (
    <form class="log-form card" data-testid={testId} aria-labelledby={headingId} onSubmit={submit}>
      <h2 id={headingId}>{title}</h2>
      <div class="form-grid">{children}</div>
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
      <div class="form-actions">
        <button type="submit" class="btn btn-primary">
          {submitLabel}
        </button>
        <button type="button" class="btn btn-ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function ContactSelect({id, contacts, optional}: {id: string; contacts: Contact[]; optional?: boolean}) {
  return (
    <div class="field">
      <label for={id}>Contact</label>
      <select id={id} name="contactId" required={!optional}>
        {optional && <option value="">No contact (account only)</option>}
        {contacts.map((c) => (
          <option key={c.id} value={c.id}>
            {fullName(c)}
          </option>
        ))}
      </select>
    </div>
  );
}

export function SelectField({id, name, label, options}: {id: string; name: string; label: string; options: Array<[string, string]>}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} name={name} required>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

export function InputField({id, name, label, type = 'text', defaultValue, required}: {id: string; name: string; label: string; type?: 'text' | 'datetime-local'; defaultValue?: string; required?: boolean}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {/* Two branches: Preact's input typings tie attributes to each literal type. */}
      {type === 'datetime-local' ? (
        <input id={id} name={name} type="datetime-local" defaultValue={defaultValue} required={required} />
      ) : (
        <input id={id} name={name} type="text" defaultValue={defaultValue} required={required} />
      )}
    </div>
  );
}

export function TextAreaField({id, name, label, required, placeholder}: {id: string; name: string; label: string; required?: boolean; placeholder?: string}) {
  return (
    <div class="field field-wide">
      <label for={id}>{label}</label>
      <textarea id={id} name={name} rows={3} required={required} placeholder={placeholder} />
    </div>
  );
}
