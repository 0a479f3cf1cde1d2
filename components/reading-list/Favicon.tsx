import { letterMark } from '@/lib/reading-list/story-view';
import { useReadingList } from './context';

/** The site's icon from the browser's own cache, or a letter mark: never a network request. */
export function Favicon({ url, site }: { url: string; site: string }) {
  const { faviconUrl } = useReadingList();
  const src = faviconUrl(url);
  if (src) return <img class="favicon" src={src} alt="" width={16} height={16} decoding="async" />;
  const { letter, hue } = letterMark(site);
  return (
    <span class="favicon letter" aria-hidden="true" style={{ '--hue': hue }}>
      {letter}
    </span>
  );
}
