/**
 * The content-script bench's floor: the least that any script marking the stories of a page does.
 * Once the page is parsed, it finds the stories, learns which are "uplifting" (every other one, as
 * many as Brightside marked), sets data-brightside on each and puts a button in a shadow root by
 * the uplifting ones. The bench sets the rest in the manifest (`floor`):
 * - `detector`: "links" takes the links with five words or more (as many as Brightside found
 *   stories); "brightside" runs Brightside's own detectStories, bundled before this file.
 * - `yieldFirst`: false finds them in the DOMContentLoaded task itself (nothing waits for the
 *   page's first frame); true first gives the main thread back with `scheduler.yield()`.
 * - `verdicts`: "in the page" (no question asked) or "from its worker" (one message to this
 *   extension's service worker, which answers at once, as a background classifier would with no
 *   work to do).
 */
const { stories, uplifting, verdicts, detector, yieldFirst } = chrome.runtime.getManifest().floor;

function findLinks() {
  const links = [];
  for (const link of document.querySelectorAll('a[href]')) {
    const text = (link.textContent || '').trim().replace(/\s+/g, ' ');
    if (text.split(' ').length >= 5) links.push(link);
    if (links.length === stories) break;
  }
  return links;
}

function findStories() {
  if (detector === 'links') return findLinks();
  return globalThis.BrightsideDetection.detectStories(document).map((story) => story.element);
}

function verdictsFor(count) {
  return Array.from({ length: count }, (_, i) => i % 2 === 0 && i < 2 * uplifting);
}

function mark(links, upliftingFlags) {
  links.forEach((link, i) => {
    link.setAttribute('data-brightside', upliftingFlags[i] ? 'uplifting' : 'other');
    if (!upliftingFlags[i]) return;
    const badge = document.createElement('brightside-badge');
    const button = document.createElement('button');
    button.setAttribute('aria-label', 'Uplifting story');
    button.textContent = '\u2600';
    badge.attachShadow({ mode: 'open' }).append(button);
    link.append(badge);
  });
}

function run() {
  const links = findStories();
  if (verdicts === 'from its worker') {
    chrome.runtime.sendMessage('verdicts?').then(() => mark(links, verdictsFor(links.length)));
  } else {
    mark(links, verdictsFor(links.length));
  }
}

function start() {
  if (yieldFirst) globalThis.scheduler.yield().then(run);
  else run();
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', start, { once: true });
} else {
  start();
}
