/**
 * The popup's module entry, kept small. When the first-screen script has painted the kept rows
 * (see ../popup-first-screen.ts), the app (Preact, the store, Dexie: most of the popup's code)
 * is fetched and run once that frame is drawn, so loading it does not hold the first rows back.
 */
// The rows' look, linked from the page itself so the first screen is drawn in it.
import '@/components/reading-list/reading-list.css';

/**
 * Once the next frame is under way: the app's modules are fetched from its animation frame
 * callback, so they run only after that frame is painted. A page that draws no frame (hidden)
 * waits no longer than 100 ms.
 */
const nextFrame = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => resolve());
    setTimeout(resolve, 100);
  });

// #first-screen is in ./index.html; it has children when the first-screen script drew rows.
const painted = Boolean(document.getElementById('first-screen')?.firstChild);
void (painted ? nextFrame() : Promise.resolve()).then(() => import('./app'));
