import { useState } from 'preact/hooks';
import type { Sensitivity } from '@/lib/classifier';
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
}

const SENSITIVITY_CHOICES: Array<{ value: Sensitivity; label: string; hint: string }> = [
  { value: 'strict', label: 'Strict', hint: 'Only clearly uplifting stories' },
  { value: 'balanced', label: 'Balanced', hint: 'The default' },
  { value: 'generous', label: 'Generous', hint: 'Also stories that are only probably uplifting' },
];

const STYLE_CHOICES: Array<{ value: HighlightStyle; label: string }> = [
  { value: 'glow', label: 'Glow around the story' },
  { value: 'underline', label: 'Underline the headline' },
  { value: 'badge', label: 'Badge only' },
];

export function OptionsForm(props: OptionsFormProps) {
  const { settings, builtInSites, status, onChange } = props;
  if (!settings) return <p class="status">Loading settings…</p>;
  return (
    <form class="options" onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend>Sensitivity</legend>
        {SENSITIVITY_CHOICES.map((choice) => (
          <label key={choice.value} class="choice">
            <input
              type="radio"
              name="sensitivity"
              value={choice.value}
              checked={settings.sensitivity === choice.value}
              onChange={() => onChange({ sensitivity: choice.value })}
            />
            {choice.label} <span class="hint">{choice.hint}</span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>Highlight style</legend>
        {STYLE_CHOICES.map((choice) => (
          <label key={choice.value} class="choice">
            <input
              type="radio"
              name="highlightStyle"
              value={choice.value}
              checked={settings.highlightStyle === choice.value}
              onChange={() => onChange({ highlightStyle: choice.value })}
            />
            {choice.label}
          </label>
        ))}
        <label class="choice">
          <input
            type="checkbox"
            checked={settings.focusMode}
            onChange={(event) => onChange({ focusMode: event.currentTarget.checked })}
          />
          Focus mode: dim the stories that are not uplifting (they stay on the page)
        </label>
      </fieldset>

      <MutedWords words={settings.mutedWords} onChange={(mutedWords) => onChange({ mutedWords })} />

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
      />
      <p class="status" role="status">
        {status}
      </p>
    </form>
  );
}

function MutedWords({ words, onChange }: { words: string[]; onChange: (words: string[]) => void }) {
  const [draft, setDraft] = useState('');
  const add = () => {
    const word = draft.trim();
    if (!word) return;
    onChange([...words, word]);
    setDraft('');
  };
  return (
    <fieldset>
      <legend>Muted words</legend>
      <p class="hint">Stories that contain these words are never marked uplifting.</p>
      <div class="row">
        <label>
          Word or phrase{' '}
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
          Mute
        </button>
      </div>
      {words.length > 0 && (
        <ul class="chips" aria-label="Muted words">
          {words.map((word) => (
            <li key={word}>
              {word}{' '}
              <button
                type="button"
                aria-label={`Unmute ${word}`}
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
}

function SiteList({
  settings,
  builtInSites,
  onToggleBuiltIn,
  onAddSite,
  onRemoveSite,
}: SiteListProps) {
  const [draft, setDraft] = useState('');
  return (
    <fieldset>
      <legend>Sites</legend>
      <p class="hint">
        Brightside runs on these sites. Adding a site asks your browser for permission to read that
        site's pages; nothing leaves your device.
      </p>
      <div class="row">
        <label>
          Add a site{' '}
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
          Add site
        </button>
      </div>
      {settings.extraSites.length > 0 && (
        <ul class="sites" aria-label="Sites you added">
          {settings.extraSites.map((host) => (
            <li key={host}>
              {host}{' '}
              <button
                type="button"
                aria-label={`Remove ${host}`}
                onClick={() => onRemoveSite(host)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <details>
        <summary>Built-in news sites ({builtInSites.length})</summary>
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
