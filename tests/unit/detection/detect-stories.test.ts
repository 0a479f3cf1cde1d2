/**
 * The generic detector on a page no adapter knows (tests/fixtures/detection/generic.html), and
 * the promises detectStories makes: one story per URL, normalised URLs, no boilerplate, no menus,
 * footers, sign-in, video, ads or most-read boxes, and the page left untouched.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectStories } from '@/lib/detection';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'detection');
const URL_ = 'https://www.riverside-chronicle.example/local';
const base = 'https://www.riverside-chronicle.example/local/2025';

function load(): Document {
  return new DOMParser().parseFromString(
    readFileSync(join(FIXTURES, 'generic.html'), 'utf8'),
    'text/html',
  );
}

describe('detectStories, generic detector', () => {
  it('finds exactly the five stories, in page order, with normalised URLs', () => {
    const stories = detectStories(load(), URL_);
    expect(stories.map((s) => [s.title, s.url])).toEqual([
      ['Record crowd turns out for the spring river cleanup', `${base}/03/04/river-cleanup-record`],
      [
        'New bus route links the east side to the hospital',
        `${base}/03/03/new-bus-route-to-hospital`,
      ],
      [
        'School garden feeds two hundred families this winter',
        `${base}/03/02/school-garden-harvest`,
      ],
      [
        'Family bakery celebrates fifty years of bread on Main Street',
        `${base}/03/01/bakery-celebrates-fifty-years-of-bread`,
      ],
      ['Library volunteers', `${base}/03/04/library-volunteers`],
    ]);
  });

  it('merges the picture and headline links of one story into one card', () => {
    const [lead] = detectStories(load(), URL_);
    expect(lead?.element.tagName).toBe('ARTICLE');
    expect(lead?.headlineElement.tagName).toBe('H2');
    expect(lead?.imageUrl).toBe('https://www.riverside-chronicle.example/img/river.jpg');
    expect(lead?.teaser).toMatch(/^More than 900 volunteers/);
    expect(lead?.section).toBe('Top stories');
  });

  it('reads the image and section from the card when first asked, and keeps them', () => {
    const doc = load();
    const [lead] = detectStories(doc, URL_);
    // Marking a page reads neither: the card is read only once a save asks for them.
    const img = lead!.element.getElementsByTagName('img')[0]!;
    for (const name of ['src', 'data-src', 'srcset', 'data-srcset']) img.removeAttribute(name);
    img.setAttribute('src', '/img/river-large.jpg');
    expect(lead?.imageUrl).toBe('https://www.riverside-chronicle.example/img/river-large.jpg');
    img.setAttribute('src', '/img/other.jpg');
    expect(lead?.imageUrl).toBe('https://www.riverside-chronicle.example/img/river-large.jpg');
    expect(lead?.section).toBe('Top stories');
    // A story whose card has no image says so, as before.
    const stories = detectStories(load(), URL_);
    expect(stories.filter((story) => story.imageUrl === undefined).length).toBeGreaterThan(0);
  });

  it('uses list items as cards and takes their teaser', () => {
    const stories = detectStories(load(), URL_);
    expect(stories[1]?.element.tagName).toBe('LI');
    expect(stories[1]?.teaser).toMatch(/^The route starts on Monday/);
    expect(stories[2]?.teaser).toBeUndefined();
  });

  it('leaves the page exactly as it was', () => {
    const doc = load();
    const before = doc.documentElement.outerHTML;
    detectStories(doc, URL_);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('returns nothing for an empty page or one with only navigation', () => {
    const doc = new DOMParser().parseFromString(
      '<nav><a href="/news/2025/01/01/a-story-in-the-menu-only">A story in the menu only here</a></nav>',
      'text/html',
    );
    expect(detectStories(doc, URL_)).toEqual([]);
    expect(detectStories(new DOMParser().parseFromString('', 'text/html'), URL_)).toEqual([]);
  });

  it('takes each carousel slide once: the copies a looping carousel makes are not stories', () => {
    const slide = (cls: string, slug: string, title: string) =>
      `<div class="${cls}"><h3><a href="/2025/01/0${slug}">${title}</a></h3></div>`;
    const copy = '1/03/ferry-crew-pulls-swimmers-from-the-bay';
    const doc = new DOMParser().parseFromString(
      '<main>' +
        slide('owl-item cloned', copy, 'Ferry crew pulls swimmers from the bay') +
        slide(
          'owl-item',
          '2/03/choir-sings-at-the-children-hospital',
          'Choir sings at the children’s hospital',
        ) +
        slide(
          'slick-slide slick-cloned',
          '3/03/an-old-copy-from-a-slick-carousel',
          'An old copy from a slick carousel',
        ) +
        slide(
          'swiper-slide swiper-slide-duplicate',
          '4/03/a-copy-from-a-swiper-carousel',
          'A copy from a swiper carousel',
        ) +
        slide(
          'glide__slide glide__slide--clone',
          '5/03/a-copy-from-a-glide-carousel',
          'A copy from a glide carousel',
        ) +
        slide('owl-item', copy, 'Ferry crew pulls swimmers from the bay') +
        '</main>',
      'text/html',
    );
    const stories = detectStories(doc, URL_);
    expect(stories.map((s) => s.title)).toEqual([
      'Choir sings at the children’s hospital',
      'Ferry crew pulls swimmers from the bay',
    ]);
    expect(stories.every((s) => !/cloned|duplicate|clone/.test(s.element.className))).toBe(true);
  });

  it('defaults to the document and its location', () => {
    document.body.innerHTML =
      '<main><h3><a href="/2025/01/02/kind-neighbours-fix-a-roof">Kind neighbours fix a widow’s roof</a></h3></main>';
    const stories = detectStories();
    expect(stories).toHaveLength(1);
    expect(stories[0]?.url).toMatch(/\/2025\/01\/02\/kind-neighbours-fix-a-roof$/);
    document.body.innerHTML = '';
  });
});
