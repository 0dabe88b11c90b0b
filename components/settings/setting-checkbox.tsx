import { useState } from 'preact/hooks';
import { changeSetting, isLocked } from '../../utils/settings';
import { readSetting, settingEntry, settingLabel, type SettingName } from '../../utils/settings-table';
import type { SettingsState } from './use-settings';
import { LockedNote } from './locked-note';

interface Props {
  /** A switch of settings-table.ts, whose label and hint it shows. */
  name: SettingName;
  state: SettingsState;
  /** False where space is short (the popup): the label alone. */
  withHint?: boolean;
}

/** One on/off setting; disabled with an explanation when policy locked it. */
export function SettingCheckbox({ name, state, withHint = true }: Props) {
  const label = settingLabel(name);
  const hint = withHint ? settingEntry(name).row.hint : undefined;
  const [error, setError] = useState<string | null>(null);
  const id = `gp-setting-${name.replace('.', '-')}`;
  const locked = isLocked(state.locked, name);
  const described = [hint ? `${id}-hint` : null, locked ? `${id}-locked` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div class="gp-check">
      <input
        id={id}
        type="checkbox"
        checked={readSetting(state.settings, name) === true}
        disabled={locked}
        aria-describedby={described || undefined}
        onChange={(e) => {
          const input = e.currentTarget;
          const value = input.checked;
          setError(null);
          changeSetting(name, value).catch((err: unknown) => {
            // The lock can arrive between render and click; the stored value is untouched, so show it again.
            input.checked = !value;
            setError(err instanceof Error ? err.message : String(err));
          });
        }}
      />
      <div>
        <label for={id}>{label}</label>
        {hint ? (
          <span id={`${id}-hint`} class="gp-locked">
            {hint}
          </span>
        ) : null}
        {locked ? <LockedNote id={`${id}-locked`} /> : null}
        {error ? (
          <span id={`${id}-error`} class="gp-error" role="alert">
            {error}
          </span>
        ) : null}
      </div>
    </div>
  );
}
