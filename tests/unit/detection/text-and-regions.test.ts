/**
 * The two helpers detection calls for nearly every element of a page: `wordCount` (a character
 * loop) and the region filter's class and id test (one pattern over the whole value). Both are
 * checked against the plain definitions they stand for.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRegionFilter } from '@/lib/detection/page-regions';
import { wordCount } from '@/lib/detection/text';

/** The definition: space-separated tokens that hold a letter or a digit. */
function wordsByDefinition(text: string): number {
  return text.split(' ').filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

describe('wordCount', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['Dog fosters kittens', 3],
    ['  Dog   fosters  ', 2],
    ['A — B', 2],
    ['$2,000 inside', 2],
    ['Café déjà vu', 3],
    ['東京 ニュース', 2],
    ['𝐁𝐨𝐥𝐝 words', 2],
    ['🙂 🙂 ok', 1],
  ])('%j has %i words', (text, words) => {
    expect(wordCount(text)).toBe(words);
  });

  it('counts every single code point as the Unicode definition does', () => {
    const wrong: string[] = [];
    for (let point = 0; point <= 0x10ffff; point++) {
      const char = String.fromCodePoint(point);
      if (wordCount(char) !== wordsByDefinition(char)) wrong.push(point.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('agrees with the definition on any text', () => {
    const text = fc.stringMatching(/^[ a-zA-Z0-9.,!?'"\-—é東\u00a0\t\n\udc01\ud800]{0,40}$/);
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'grapheme', maxLength: 30 })), (value) => {
        expect(wordCount(value)).toBe(wordsByDefinition(value));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('region filter: class and id names', () => {
  const excluded = (attributes: Record<string, string>): boolean => {
    document.body.innerHTML = '<main><div id="box"><a href="/a-b-c">x</a></div></main>';
    const box = document.getElementById('box')!;
    box.removeAttribute('id');
    for (const [name, value] of Object.entries(attributes)) box.setAttribute(name, value);
    return createRegionFilter()(box.firstElementChild!);
  };

  it.each([
    ['site-footer'],
    ['js-most-read'],
    ['ad-slot'],
    ['card  nav'],
    ['card\tnewsletter-signup'],
    ['card\nslick-cloned'],
    ['owl-item cloned'],
    ['a-b-share'],
    ['Trending'],
    ['card header-navigation-x'],
  ])('class %j is a region without stories', (value) => {
    expect(excluded({ class: value })).toBe(true);
  });

  it.each([
    ['zone-left-fluid-share'],
    ['container__item'],
    ['navy-card'],
    ['headline popularity'],
    ['sharetools'],
    [''],
  ])('class %j is not', (value) => {
    expect(excluded({ class: value })).toBe(false);
  });

  it.each([
    ['SITE-FOOTER', true],
    ['Js-Most-Read', true],
    ['NAVY-CARD', false],
    ['carte-à-la-une nav', true],
    ['café-navy', false],
    ['müll MENU-main', true],
  ])('class %j, in any case or script: %s', (value, expected) => {
    expect(excluded({ class: value })).toBe(expected);
  });

  it('does not depend on the case of a class name', () => {
    const words = ['nav', 'card', 'most-read', 'js', 'ad', 'share', 'tools', 'zone', 'x1', 'café'];
    const token = fc
      .array(fc.constantFrom(...words), { minLength: 1, maxLength: 3 })
      .map((parts) => parts.join('-'));
    const value = fc.array(token, { minLength: 1, maxLength: 3 }).map((tokens) => tokens.join(' '));
    fc.assert(
      fc.property(value, fc.array(fc.boolean(), { maxLength: 40 }), (name, upper) => {
        const recased = [...name]
          .map((char, i) => (upper[i % Math.max(upper.length, 1)] ? char.toUpperCase() : char))
          .join('');
        expect(excluded({ class: recased })).toBe(excluded({ class: name.toLowerCase() }));
      }),
      { numRuns: 500 },
    );
  });

  it('reads the id the same way', () => {
    expect(excluded({ id: 'most-popular' })).toBe(true);
    expect(excluded({ id: 'top-stories' })).toBe(false);
  });
});
