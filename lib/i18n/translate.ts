/**
 * Every string a reader sees comes from `public/_locales/<lang>/messages.json`. Extension pages
 * build a `Translate` from `browser.i18n.getMessage` and hand it to components, which never call
 * `browser.*` themselves; tests build one from the English catalogue file.
 */
export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');

export type Translate = (key: MessageKey, ...substitutions: Array<string | number>) => string;

export type GetMessage = (key: string, substitutions?: string[]) => string;

/**
 * A translator over `getMessage`; a missing message shows its key rather than nothing. Messages
 * without substitutions are looked up once: the catalogue cannot change while a page lives, and a
 * page of badges asks for the same few labels hundreds of times, each a call into the browser.
 */
export function createTranslate(getMessage: GetMessage): Translate {
  const plain = new Map<string, string>();
  return (key, ...substitutions) => {
    if (substitutions.length > 0) {
      return getMessage(key, substitutions.map(String)) || key;
    }
    let message = plain.get(key);
    if (message === undefined) {
      message = getMessage(key, []) || key;
      plain.set(key, message);
    }
    return message;
  };
}

export type Catalogue = Record<string, { message: string }>;

/** `getMessage` over a catalogue file, with `$1`…`$9` substitutions as browsers do them. */
export function catalogueGetMessage(catalogue: Catalogue): GetMessage {
  return (key, substitutions = []) =>
    catalogue[key]?.message.replace(
      /\$(\d)/g,
      (_, n: string) => substitutions[Number(n) - 1] ?? '',
    ) ?? '';
}
