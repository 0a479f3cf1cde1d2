/**
 * Text helpers for detection: whitespace normalisation and the boilerplate test that keeps menus,
 * "Read more" links, bylines and bare dates from passing as story titles.
 */

/** Collapses whitespace (including non-breaking spaces) and trims. */
export function cleanText(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The space-separated tokens of `text` that hold a letter or a digit. Runs for every link and
 * teaser on a page, so it reads characters rather than splitting into arrays.
 */
export function wordCount(text: string): number {
  let count = 0;
  // Has the current token been counted yet?
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      counted = false;
      continue;
    }
    if (counted) continue;
    let word: boolean;
    if (code < 128) {
      const lower = code | 32;
      word = (code >= 48 && code <= 57) || (lower >= 97 && lower <= 122);
    } else {
      const point = text.codePointAt(i)!;
      word = WORD_CHAR.test(String.fromCodePoint(point));
      if (point > 0xffff) i++;
    }
    if (word) {
      count++;
      counted = true;
    }
  }
  return count;
}

const BOILERPLATE_TITLES = new RegExp(
  '^(' +
    [
      'read (more|full (story|article)|the (full )?story|on|now|later)',
      "more( (stories|news|videos|articles|headlines))?( from [\\w' ]+)?",
      'see (more|all)',
      'view (more|all)',
      'show more',
      'load more',
      'continue reading',
      'full story',
      'watch( now| live| video| the video)?',
      'video',
      'videos',
      'live( now| tv| updates)?',
      'listen( now| live)?',
      'podcasts?',
      'play( video| now)?',
      'subscribe( now| today)?',
      'sign ?(in|up)( now)?',
      'log ?(in|out)',
      'register',
      'newsletters?',
      'advertisement',
      'sponsored( content)?',
      'skip to (main )?content',
      'menu',
      'search',
      'home',
      'share( this)?',
      'comments?',
      'next',
      'previous',
      'top stories',
      'most (read|popular|viewed|watched)',
      'cookie (settings|policy)',
      'privacy policy',
      'terms of (use|service)',
      'contact us',
      'about us',
    ].join('|') +
    ')[\\s.!:»›>→…]*$',
  'i',
);

const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const BARE_DATE = new RegExp(
  '^((updated|published|posted)\\s*:?\\s*)?(' +
    `(mon|tue|wed|thu|fri|sat|sun)[a-z]*,? )?(${MONTH} \\d{1,2},? \\d{2,4}|\\d{1,2} ${MONTH},? \\d{2,4}|\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}|${MONTH} \\d{1,2}|\\d{1,2} ${MONTH})` +
    '([ ,]+(at )?\\d{1,2}[:.]\\d{2}( ?[ap]\\.?m\\.?)?( [a-z]{2,4})?)?$',
  'i',
);
const RELATIVE_TIME =
  /^(\d+|an?|one)\s*(s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|w|weeks?|months?|years?)( ago)?$/i;
const DURATION = /^(\d{1,2}:)?\d{1,2}:\d{2}$/;
const BYLINE =
  /^([Bb]y|[Ff]rom|[Pp]hoto(graph)?s? by|[Ww]ords by)\s+\p{Lu}[\p{L}.'-]*(\s+\p{Lu}[\p{L}.'-]*){0,3}(\s*(,|and|&)\s*\p{Lu}[\p{L}.'-]*(\s+\p{Lu}[\p{L}.'-]*){0,3})*$/u;

/** True for titles that are never a story: calls to action, labels, bare dates, bylines, durations. */
export function isBoilerplateTitle(title: string): boolean {
  const text = cleanText(title);
  if (text.length < 4) return true;
  return (
    BOILERPLATE_TITLES.test(text) ||
    BARE_DATE.test(text) ||
    RELATIVE_TIME.test(text) ||
    DURATION.test(text) ||
    BYLINE.test(text)
  );
}

/** Labels inside a headline that are not part of it: kickers, dates, section tags, screen-reader prefixes. */
const NOT_HEADLINE =
  /(^|[\s_-])(kicker|eyebrow|unibrow|sbt|date|timestamp|time|label|flag|badge|visually-hidden|sr-only|screen-reader-text|offscreen|icon)([\s_-]|$)/i;

/**
 * The text of a headline element without its kicker, date, section label or screen-reader prefix.
 * Reads text nodes only (no layout).
 */
export function headlineText(element: Element): string {
  let text = '';
  const visit = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) text += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const el = child as Element;
        if (el.tagName === 'TIME' || el.tagName === 'SCRIPT' || el.tagName === 'STYLE') continue;
        if (NOT_HEADLINE.test(el.getAttribute('class') ?? '')) continue;
        text += ' ';
        visit(el);
        text += ' ';
      }
    }
  };
  visit(element);
  const cleaned = cleanText(text);
  return cleaned || cleanText(element.textContent);
}
