/**
 * The standalone share viewer: publish the built folder (npm run build:share) on any static host.
 * No extension here, so no `browser.i18n`: the English catalogue is bundled and read the same way.
 */
import { render } from 'preact';
import { ListsTextContext } from '@/components/lists/lists-text';
import { readSharedLink } from '@/components/lists/ShareViewer';
import { StandaloneViewer } from '@/components/lists/StandaloneViewer';
import { catalogueGetMessage, createTranslate } from '@/lib/i18n/translate';
import english from '@/public/_locales/en/messages.json';

const t = createTranslate(catalogueGetMessage(english));

function show() {
  const shared = readSharedLink(location.hash, t);
  if ('list' in shared) document.title = `${shared.list.name} · Brightside`;
  render(
    <ListsTextContext.Provider value={t}>
      <StandaloneViewer shared={shared} />
    </ListsTextContext.Provider>,
    document.getElementById('app')!,
  );
}

show();
window.addEventListener('hashchange', show);
