/**
 * Regions of a page that hold no stories for Brightside: menus, site header and footer, tickers,
 * "most read" boxes, video rails, ads, sign-in and newsletter boxes. Judged per element from tag,
 * role, class and id, memoised so a whole page costs one visit per element at most.
 */

const EXCLUDED_TAGS = new Set([
  'NAV',
  'FOOTER',
  'FORM',
  'NOSCRIPT',
  'TEMPLATE',
  'SCRIPT',
  'STYLE',
  'SELECT',
  'BUTTON',
  'DIALOG',
  'IFRAME',
]);
const EXCLUDED_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'search',
  'menu',
  'menubar',
  'dialog',
  'alertdialog',
]);

/**
 * Class and id names of regions without stories. A class token matches when it starts with one of
 * these words, after at most two short prefixes (`site-footer`, `js-most-read`, `ad-slot`), so that
 * compound names that merely end in one (`zone-left-fluid-share`) do not. Carousels (Owl, Slick,
 * Swiper, Glide, Splide) copy their first and last slides to loop: the copies (`owl-item cloned`,
 * `slick-cloned`, `swiper-slide-duplicate`, `glide__slide--clone`) repeat stories found in the
 * originals, and on a front page with several carousels they are a third of its cards.
 */
const EXCLUDED_WORDS =
  'nav|navbar|navigation|menu|menus|submenu|megamenu|mega-menu|footer|masthead|breadcrumbs?|ticker|most-?read|most-?popular|most-?viewed|most-?watched|most-?shared|most-?commented|most-?emailed|mostread|mostpopular|popular|trending|sponsor|sponsored|sponsors|advert|adverts|advertisement|advertising|ads?|adslot|adunit|dfp|gpt-ad|outbrain|taboola|zergnet|revcontent|newsletter|newsletters|subscribe|subscription|signin|sign-in|login|paywall|social|share|sharing|cookie|cookies|consent|skip-?link|skiplinks|video-?rail|video-?playlist|playlist|livestream|comments|header-?nav|site-?header|global-?header|page-?header|cloned?|slide-duplicate';
/** Any whitespace-separated token of a class or id value that is such a name. */
const EXCLUDED_NAME = new RegExp(
  `(?:^|\\s)(?:[a-z0-9]{1,6}[-_]+){0,2}(?:${EXCLUDED_WORDS})(?:[-_]\\S*)?(?=\\s|$)`,
  'i',
);

/**
 * Is a class or id value the name of a region without stories? `judged` holds the values seen in
 * this scan: they repeat across a page's cards, so each is judged once.
 */
function excludedName(value: string | null, judged: Map<string, boolean>): boolean {
  if (!value) return false;
  let excluded = judged.get(value);
  if (excluded === undefined) {
    excluded = EXCLUDED_NAME.test(value);
    judged.set(value, excluded);
  }
  return excluded;
}

/** Inside main, article or [role="main"]: a header there heads a story, not the site. */
function inStoryContainer(element: Element): boolean {
  for (let e = element.parentElement; e; e = e.parentElement) {
    if (e.tagName === 'MAIN' || e.tagName === 'ARTICLE' || e.getAttribute('role') === 'main') {
      return true;
    }
  }
  return false;
}

export type RegionFilter = (element: Element) => boolean;

function selfExcluded(element: Element, judged: Map<string, boolean>): boolean {
  const tag = element.tagName;
  if (EXCLUDED_TAGS.has(tag)) return true;
  if (tag === 'HEADER') return !inStoryContainer(element);
  if (tag === 'ASIDE') return true;
  const role = element.getAttribute('role');
  if (role && EXCLUDED_ROLES.has(role)) return true;
  if (element.getAttribute('aria-hidden') === 'true' || element.hasAttribute('hidden')) return true;
  return (
    excludedName(element.getAttribute('class'), judged) ||
    excludedName(element.getAttribute('id'), judged)
  );
}

/**
 * A memoised test "is this element inside a region without stories?". Create one per scan: the
 * memo holds elements, so it must not outlive the scan.
 */
export function createRegionFilter(extraExcluded?: string, root?: Element): RegionFilter {
  const memo = new Map<Element, boolean>();
  const judged = new Map<string, boolean>();
  // The site's own excluded regions are found by one query, not by matching every ancestor.
  let matchEach = Boolean(extraExcluded);
  if (extraExcluded && root) {
    for (const element of root.querySelectorAll(extraExcluded)) memo.set(element, true);
    matchEach = false;
    for (let e: Element | null = root; e; e = e.parentElement) {
      if (e.matches(extraExcluded)) memo.set(e, true);
    }
  }
  const isExcluded = (element: Element): boolean => {
    const path: Element[] = [];
    let current: Element | null = element;
    let result = false;
    while (current) {
      const known = memo.get(current);
      if (known !== undefined) {
        result = known;
        break;
      }
      path.push(current);
      if (current.tagName === 'BODY' || current.tagName === 'HTML') {
        break;
      }
      if (selfExcluded(current, judged) || (matchEach && current.matches(extraExcluded!))) {
        result = true;
        break;
      }
      current = current.parentElement;
    }
    for (const visited of path) memo.set(visited, result);
    return result;
  };
  return isExcluded;
}
