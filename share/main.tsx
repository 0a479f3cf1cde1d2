/** The standalone share viewer: publish the built folder (npm run build:share) on any static host. */
import { render } from 'preact';
import { StandaloneViewer } from '@/components/lists/StandaloneViewer';
import { readSharedLink } from '@/components/lists/ShareViewer';

function show() {
  const shared = readSharedLink(location.hash);
  if ('list' in shared) document.title = `${shared.list.name} · Brightside`;
  render(<StandaloneViewer shared={shared} />, document.getElementById('app')!);
}

show();
window.addEventListener('hashchange', show);
