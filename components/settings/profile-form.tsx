import { useRef, useState } from 'preact/hooks';
import type { OrgProfile } from '../../rules/schema/profile';
import {
  PROFILE_FIELDS,
  formValuesFrom,
  parseProfileForm,
  type ProfileField,
  type ProfileFormValues,
} from './profile-form-model';

interface Props {
  previous: OrgProfile | null;
  onSave(profile: OrgProfile): Promise<void>;
  onCancel?: () => void;
  submitLabel: string;
}

interface FieldSpec {
  label: string;
  hint: string;
  multiline?: boolean;
  type?: 'text' | 'url';
  autocomplete?: string;
}

const FIELDS: Record<ProfileField, FieldSpec> = {
  name: { label: "Your organisation's name", hint: 'For example, Fernvale Borough Council.', autocomplete: 'organization' },
  aliases: {
    label: 'Other names people use for it (optional)',
    hint: 'One per line: short forms, old names, its services. For example, Fernvale Council, FBC.',
    multiline: true,
  },
  handles: {
    label: 'Its social media accounts (optional)',
    hint: 'One per line, as they appear in posts. For example, @FernvaleBC.',
    multiline: true,
  },
  disclaimer: {
    label: 'Preferred disclaimer wording (optional)',
    hint: 'Added when you choose to say a view is your own. For example, Views my own, not my employer’s.',
  },
  policyUrl: {
    label: 'Link to your social media policy (optional)',
    hint: 'A web address starting with https://',
    type: 'url',
  },
  speakUpContact: {
    label: 'Where to raise concerns (optional)',
    hint: 'Your speak-up or whistleblowing route: a web address, an email address or a few words.',
  },
};

/** Asks for the organisation's words and validates them with the profile schema before saving. */
export function ProfileForm({ previous, onSave, onCancel, submitLabel }: Props) {
  const [values, setValues] = useState<ProfileFormValues>(() => formValuesFrom(previous));
  const [errors, setErrors] = useState<Partial<Record<ProfileField, string>>>({});
  const [saving, setSaving] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const errorFields = PROFILE_FIELDS.filter((f) => errors[f]);

  const submit = async (event: Event) => {
    event.preventDefault();
    const result = parseProfileForm(values, previous);
    if (!result.ok) {
      setErrors(result.errors);
      // The summary lists every problem with links to the fields; focusing it reads them out.
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await onSave(result.profile);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form class="gp-profile-form" noValidate onSubmit={(e) => void submit(e)}>
      {errorFields.length > 0 ? (
        <div class="gp-alert" role="alert" tabIndex={-1} ref={summary} aria-labelledby="gp-form-errors-heading">
          <h3 id="gp-form-errors-heading">Please check {errorFields.length === 1 ? 'this answer' : 'these answers'}</h3>
          <ul>
            {errorFields.map((f) => (
              <li key={f}>
                <a href={`#gp-profile-${f}`}>{errors[f]}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {PROFILE_FIELDS.map((field) => {
        const spec = FIELDS[field];
        const id = `gp-profile-${field}`;
        const error = errors[field];
        const common = {
          id,
          name: field,
          value: values[field],
          'aria-invalid': error ? ('true' as const) : undefined,
          'aria-describedby': `${id}-hint${error ? ` ${id}-error` : ''}`,
          autocomplete: spec.autocomplete ?? 'off',
          required: field === 'name',
          onInput: (e: Event) => setValues({ ...values, [field]: (e.currentTarget as HTMLInputElement).value }),
        };
        return (
          <div class="gp-field" key={field}>
            <label for={id}>{spec.label}</label>
            <span id={`${id}-hint`} class="gp-hint">
              {spec.hint}
            </span>
            {spec.multiline ? (
              <textarea rows={3} {...common} />
            ) : spec.type === 'url' ? (
              <input type="url" {...common} />
            ) : (
              <input type="text" {...common} />
            )}
            {error ? (
              <div id={`${id}-error`} class="gp-error">
                {error}
              </div>
            ) : null}
          </div>
        );
      })}
      <div class="gp-row">
        <button type="submit" class="gp-button gp-button--primary" disabled={saving}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" class="gp-button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
