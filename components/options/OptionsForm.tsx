import { useState } from 'preact/hooks';
import type { Sensitivity } from '@/lib/classifier';
import type { MessageKey, Translate } from '@/lib/i18n/translate';
import type { HighlightStyle, Settings, SettingsPatch } from '@/lib/settings/settings';

export interface OptionsFormProps {
  /** `undefined` while the settings load. */
  settings: Settings | undefined;
  builtInSites: readonly string[];
  /** What the last change did (saved, an error), read out by screen readers. */
  status: string;
  onChange: (patch: SettingsPatch) => void;
  onAddSite: (site: string) => void;
  onRemoveSite: (host: string) => void;
  t: Translate;
}

const SENSITIVITIES: Sensitivity[] = ['strict', 'balanced', 'generous'];
const STYLES: HighlightStyle[] = ['glow', 'underline', 'badge'];

export function OptionsForm(props: OptionsFormProps) {
  const { settings, builtInSites, status, onChange, t } = props;
  if (!settings) return <p class="status">{t('optionsLoading')}</p>;
  return (
    <form class="options" onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend>{t('optionsSensitivity')}</legend>
        {SENSITIVITIES.map((value) => (
          <label key={value} class="choice">
            <input
              type="radio"
              name="sensitivity"
              value={value}
              checked={settings.sensitivity === value}
              onChange={() => onChange({ sensitivity: value })}
            />
            {t(`optionsSensitivity_${value}` as MessageKey)}{' '}
            <span class="hint">{t(`optionsSensitivityHint_${value}` as MessageKey)}</span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('optionsHighlightStyle')}</legend>
        {STYLES.map((value) => (
          <label key={value} class="choice">
            <input
              type="radio"
              name="highlightStyle"
              value={value}
              checked={settings.highlightStyle === value}
              onChange={() => onChange({ highlightStyle: value })}
            />
            {t(`optionsStyle_${value}` as MessageKey)}
          </label>
        ))}
        <label class="choice">
          <input
            type="checkbox"
            checked={settings.focusMode}
            onChange={(event) => onChange({ focusMode: event.currentTarget.checked })}
          />
          {t('optionsFocusMode')}
        </label>
      </fieldset>

      <MutedWords
        words={settings.mutedWords}
        onChange={(mutedWords) => onChange({ mutedWords })}
        t={t}
      />

      <SiteList
        settings={settings}
        builtInSites={builtInSites}
        onToggleBuiltIn={(host, on) =>
          onChange({
            disabledSites: on
              ? settings.disabledSites.filter((item) => item !== host)
              : [...settings.disabledSites, host],
          })
        }
        onAddSite={props.onAddSite}
        onRemoveSite={props.onRemoveSite}
        t={t}
      />
      <p class="status" role="status">
        {status}
      </p>
    </form>
  );
}

function MutedWords({
  words,
  onChange,
  t,
}: {
  words: string[];
  onChange: (words: string[]) => void;
  t: Translate;
}) {
  const [draft, setDraft] = useState('');
  const add = () => {
    const word = draft.trim();
    if (!word) return;
    onChange([...words, word]);
    setDraft('');
  };
  return (
    <fieldset>
      <legend>{t('optionsMutedWords')}</legend>
      <p class="hint">{t('optionsMutedHint')}</p>
      <div class="row">
        <label>
          {t('optionsWordOrPhrase')}{' '}
          <input
            type="text"
            value={draft}
            maxLength={80}
            onInput={(event) => setDraft(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                add();
              }
            }}
          />
        </label>
        <button type="button" onClick={add}>
          {t('optionsMute')}
        </button>
      </div>
      {words.length > 0 && (
        <ul class="chips" aria-label={t('optionsMutedWords')}>
          {words.map((word) => (
            <li key={word}>
              {word}{' '}
              <button
                type="button"
                aria-label={t('optionsUnmute', word)}
                onClick={() => onChange(words.filter((item) => item !== word))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

interface SiteListProps {
  settings: Settings;
  builtInSites: readonly string[];
  onToggleBuiltIn: (host: string, on: boolean) => void;
  onAddSite: (site: string) => void;
  onRemoveSite: (host: string) => void;
  t: Translate;
}

function SiteList({
  settings,
  builtInSites,
  onToggleBuiltIn,
  onAddSite,
  onRemoveSite,
  t,
}: SiteListProps) {
  const [draft, setDraft] = useState('');
  return (
    <fieldset>
      <legend>{t('optionsSites')}</legend>
      <p class="hint">{t('optionsSitesHint')}</p>
      <div class="row">
        <label>
          {t('optionsAddSiteLabel')}{' '}
          <input
            type="text"
            placeholder="news.example.org"
            value={draft}
            onInput={(event) => setDraft(event.currentTarget.value)}
          />
        </label>
        <button
          type="button"
          onClick={() => {
            onAddSite(draft);
            setDraft('');
          }}
        >
          {t('optionsAddSite')}
        </button>
      </div>
      {settings.extraSites.length > 0 && (
        <ul class="sites" aria-label={t('optionsSitesAdded')}>
          {settings.extraSites.map((host) => (
            <li key={host}>
              {host}{' '}
              <button
                type="button"
                aria-label={t('optionsRemoveSite', host)}
                onClick={() => onRemoveSite(host)}
              >
                {t('optionsRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <details>
        <summary>{t('optionsBuiltInSites', builtInSites.length)}</summary>
        <ul class="sites builtin">
          {builtInSites.map((host) => (
            <li key={host}>
              <label>
                <input
                  type="checkbox"
                  checked={!settings.disabledSites.includes(host)}
                  onChange={(event) => onToggleBuiltIn(host, event.currentTarget.checked)}
                />
                {host}
              </label>
            </li>
          ))}
        </ul>
      </details>
    </fieldset>
  );
}
