/** The popup's app: the reading list over the store, taking the place of the first screen. */
import { render, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Popup } from '@/components/popup/Popup';
import { ReadingListContext } from '@/components/reading-list/context';
import { FIRST_SCREEN_ID } from '@/lib/reading-list/first-screen';
import { createPageEnvironment, openLibrary } from '@/lib/reading-list/page-environment';

// What `npm run bench` separates our modules' loading and our first render by.
performance.mark('brightside:popup-script');

const environment = createPageEnvironment();

// Save this page / Run Brightside on this site: in the popup's header, above the reading list,
// loaded once the list is on screen (see ./page-actions).
function LazyPageActions() {
  const [View, setView] = useState<ComponentType | null>(null);
  useEffect(() => {
    void import('./page-actions').then((module) => setView(() => module.PageActionsView));
  }, []);
  return View ? <View /> : null;
}

// The first screen painted before these modules loaded gives way to the app in the same task, so
// no frame shows neither (it is inert: nothing on it was clicked, focused or typed into).
document.getElementById(FIRST_SCREEN_ID)?.remove();

render(
  <ReadingListContext.Provider value={environment}>
    <Popup
      pageActions={<LazyPageActions />}
      onOpenLibrary={() => void openLibrary().then(() => window.close())}
    />
  </ReadingListContext.Provider>,
  document.getElementById('app')!,
);

performance.mark('brightside:popup-rendered');

// The kept first screen is on screen already (drawn by the first-screen script): the database
// is read at once, so the live rows replace it as soon as they can.
environment.store.start();
