/**
 * The reader's settings: typed, versioned and checked field by field. A stored object from any
 * earlier version is migrated step by step; a field that does not validate falls back to its
 * default on its own, so one bad value never throws away the rest.
 */
import * as v from 'valibot';
import { SENSITIVITIES } from '../classifier/types';
import { normalizeSiteHost } from '../sites/site-host';

export const HIGHLIGHT_STYLES = ['glow', 'underline', 'badge'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

export const SETTINGS_VERSION = 2;
const MAX_MUTED_WORDS = 200;
const MAX_SITES = 500;

const MutedWordsSchema = v.pipe(
  v.array(v.string()),
  v.transform((words) => normalizeMutedWords(words)),
  v.maxLength(MAX_MUTED_WORDS, `At most ${MAX_MUTED_WORDS} muted words`),
);

const SitesSchema = v.pipe(
  v.array(v.string()),
  v.transform((hosts) => [
    ...new Set(hosts.map(normalizeSiteHost).filter((h): h is string => h !== null)),
  ]),
  v.maxLength(MAX_SITES, `At most ${MAX_SITES} sites`),
);

/** The current settings, as every part of the extension reads them. */
export const SettingsSchema = v.object({
  version: v.literal(SETTINGS_VERSION),
  sensitivity: v.picklist(SENSITIVITIES),
  highlightStyle: v.picklist(HIGHLIGHT_STYLES),
  /** Dim the stories that are not uplifting (never hide them). */
  focusMode: v.boolean(),
  /** Stories containing any of these words are never marked uplifting. */
  mutedWords: MutedWordsSchema,
  /** Sites the reader turned Brightside on for, beyond the built-in list (host names). */
  extraSites: SitesSchema,
  /** Built-in sites the reader turned off. */
  disabledSites: SitesSchema,
});
export type Settings = v.InferOutput<typeof SettingsSchema>;

/** What a settings change may say: any subset of the fields, each checked. */
export const SettingsPatchSchema = v.partial(v.omit(SettingsSchema, ['version']));
export type SettingsPatch = v.InferInput<typeof SettingsPatchSchema>;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  sensitivity: 'balanced',
  highlightStyle: 'glow',
  focusMode: false,
  mutedWords: [],
  extraSites: [],
  disabledSites: [],
});

/**
 * Version 1 (the first release) stored `{ version: 1, sensitivity, highlight: boolean, sites }`:
 * highlight on/off and one list of extra sites. Version 2 has a highlight style, focus mode,
 * muted words and separate lists of added and turned-off sites.
 */
type Migration = (old: Record<string, unknown>) => Record<string, unknown>;
const MIGRATIONS: Record<number, Migration> = {
  1: ({ highlight, sites, ...rest }) => ({
    ...rest,
    version: 2,
    highlightStyle: highlight === false ? 'badge' : 'glow',
    extraSites: sites,
  }),
};

/** Reads whatever was stored (possibly nothing, an old version or garbage) as current settings. */
export function migrateSettings(stored: unknown): Settings {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) {
    return { ...DEFAULT_SETTINGS };
  }
  let current = { ...(stored as Record<string, unknown>) };
  let version = typeof current.version === 'number' ? current.version : 1;
  if (version > SETTINGS_VERSION) {
    // Written by a newer Brightside: keep the fields this version understands.
    version = SETTINGS_VERSION;
  }
  while (version < SETTINGS_VERSION) {
    const migrate = MIGRATIONS[version];
    if (!migrate) return { ...DEFAULT_SETTINGS };
    current = migrate(current);
    version++;
  }
  return fieldByField(current);
}

function fieldByField(raw: Record<string, unknown>): Settings {
  const settings: Record<string, unknown> = { version: SETTINGS_VERSION };
  for (const [key, schema] of Object.entries(SettingsSchema.entries)) {
    if (key === 'version') continue;
    const parsed = v.safeParse(schema, raw[key]);
    settings[key] = parsed.success ? parsed.output : DEFAULT_SETTINGS[key as keyof Settings];
  }
  return settings as Settings;
}

/** Applies a checked change; throws a clear error when a field is invalid. */
export function applySettingsPatch(settings: Settings, patch: unknown): Settings {
  const parsed = v.safeParse(SettingsPatchSchema, patch);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue.path?.map((item) => String(item.key)).join('.') ?? '';
    throw new Error(`Invalid settings${path ? ` at ${path}` : ''}: ${issue.message}`);
  }
  const changes = Object.fromEntries(
    Object.entries(parsed.output).filter(([, value]) => value !== undefined),
  );
  return { ...settings, ...changes };
}

/** Lower-cased, trimmed, unique, non-empty words or phrases. */
export function normalizeMutedWords(words: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const word of words) {
    const clean = word.replace(/\s+/g, ' ').trim().toLowerCase().slice(0, 80);
    if (clean) seen.add(clean);
  }
  return [...seen];
}

/** A test for "does this text contain a muted word" (whole words, any case). */
export function mutedWordMatcher(words: readonly string[]): (text: string) => boolean {
  if (words.length === 0) return () => false;
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(
    `(?:^|[^\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`,
    'iu',
  );
  return (text) => pattern.test(text);
}
