import { render } from 'preact';
import { OptionsForm } from '@/components/options/OptionsForm';
import { browserTranslate as t } from '@/lib/i18n/browser-translate';
import { createOptionsStore } from '@/lib/settings/options-store';
import { NEWS_SITES } from '@/lib/sites/news-sites';

const store = createOptionsStore(t);
document.title = t('optionsTitle');

function Options() {
  return (
    <>
      <h1>{t('optionsTitle')}</h1>
      <OptionsForm
        settings={store.settings.value}
        builtInSites={NEWS_SITES}
        status={store.status.value}
        onChange={(patch) => void store.change(patch)}
        onAddSite={(site) => void store.addSite(site)}
        onRemoveSite={(host) => void store.removeSite(host)}
        t={t}
      />
    </>
  );
}

render(<Options />, document.getElementById('app')!);
