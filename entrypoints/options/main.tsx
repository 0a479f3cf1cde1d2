import { render } from 'preact';
import { OptionsForm } from '@/components/options/OptionsForm';
import { createOptionsStore } from '@/lib/settings/options-store';
import { NEWS_SITES } from '@/lib/sites/news-sites';

const store = createOptionsStore();

function Options() {
  return (
    <>
      <h1>Brightside options</h1>
      <OptionsForm
        settings={store.settings.value}
        builtInSites={NEWS_SITES}
        status={store.status.value}
        onChange={(patch) => void store.change(patch)}
        onAddSite={(site) => void store.addSite(site)}
        onRemoveSite={(host) => void store.removeSite(host)}
      />
    </>
  );
}

render(<Options />, document.getElementById('app')!);
