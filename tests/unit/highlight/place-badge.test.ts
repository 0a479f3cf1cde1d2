/**
 * Where the badge goes in a headline: after its last visible word, in the same line; text the
 * headline hides (screen-reader labels, hidden spans) does not count as its last word.
 */
import { describe, expect, test } from 'vitest';
import { placeBadge } from '@/lib/highlight/story-badge';

function place(html: string): string {
  document.body.innerHTML = html;
  const headline = document.querySelector('h2')!;
  const host = document.createElement('b');
  host.textContent = '☀';
  placeBadge(headline, host);
  return headline.innerHTML;
}

describe('placeBadge', () => {
  test('after the last word, inside the link', () => {
    expect(place('<h2><a href="/s">Town plants a thousand trees</a></h2>')).toBe(
      '<a href="/s">Town plants a thousand trees<b>☀</b></a>',
    );
  });

  test('after the last visible word, not after a screen-reader label', () => {
    expect(
      place(
        '<h2><a href="/s">Town plants trees <span class="sr-only">(opens in a new tab)</span></a></h2>',
      ),
    ).toBe(
      '<a href="/s">Town plants trees <b>☀</b><span class="sr-only">(opens in a new tab)</span></a>',
    );
  });

  test('hidden and aria-hidden text inside the headline are passed over', () => {
    expect(
      place('<h2>Rescued dog home <span hidden>Video</span><span aria-hidden="true">▶</span></h2>'),
    ).toBe(
      'Rescued dog home <b>☀</b><span hidden="">Video</span><span aria-hidden="true">▶</span>',
    );
  });

  test('a headline inside a hidden region still gets its badge after its last word', () => {
    // Only what the headline itself hides is passed over: the page decides what it shows.
    document.body.innerHTML = '<div hidden><h2>Neighbours rebuild bakery</h2></div>';
    const headline = document.querySelector('h2')!;
    const host = document.createElement('b');
    placeBadge(headline, host);
    expect(headline.lastChild).toBe(host);
  });

  test('a headline with no text gets the badge at its end', () => {
    expect(place('<h2><img alt="" src="x.png"></h2>')).toBe('<img alt="" src="x.png"><b>☀</b>');
  });
});
