/** Reader settings: what part of the page Kontext reads, and how forgiving the fuzzy stage is. */
import { MAX_FUZZY_THRESHOLD, type Settings } from '../storage/settings';
import type { Translate } from '../tooltip/EntityCard';

export interface SettingsPanelProps {
  settings: Settings;
  t: Translate;
  onChange: (settings: Settings) => void;
}

export function SettingsPanel({ settings, t, onChange }: SettingsPanelProps) {
  return (
    <details class="settings">
      <summary>{t('settingsTitle')}</summary>
      <fieldset>
        <legend>{t('settingsScope')}</legend>
        {(['article', 'page'] as const).map((scope) => (
          <label key={scope} class="choice">
            <input
              type="radio"
              name="scope"
              value={scope}
              checked={settings.scope === scope}
              onChange={() => onChange({ ...settings, scope })}
            />{' '}
            {t(scope === 'article' ? 'settingsScopeArticle' : 'settingsScopePage')}
          </label>
        ))}
      </fieldset>
      <label class="choice">
        <input
          type="checkbox"
          name="includeCode"
          checked={settings.includeCode}
          onChange={(e) => onChange({ ...settings, includeCode: (e.target as HTMLInputElement).checked })}
        />{' '}
        {t('settingsIncludeCode')}
      </label>
      <label class="field">
        <span class="field-label">{t('settingsFuzzy', [String(Math.round(settings.fuzzyThreshold * 100))])}</span>
        <input
          type="range"
          name="fuzzyThreshold"
          min="0"
          max={MAX_FUZZY_THRESHOLD}
          step="0.05"
          value={settings.fuzzyThreshold}
          onChange={(e) => onChange({ ...settings, fuzzyThreshold: Number((e.target as HTMLInputElement).value) })}
        />
        <span class="hint">{t('settingsFuzzyHint')}</span>
      </label>
    </details>
  );
}
