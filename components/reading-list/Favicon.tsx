import { useReadingList } from './context';

/** The site's icon from the browser's own cache, or a letter mark: never a network request. */
export function Favicon({ url, site }: { url: string; site: string }) {
  const { faviconUrl } = useReadingList();
  const src = faviconUrl(url);
  if (src) return <img class="favicon" src={src} alt="" width={16} height={16} decoding="async" />;
  const hue = [...site].reduce((sum, char) => (sum * 31 + char.charCodeAt(0)) % 360, 7);
  return (
    <span class="favicon letter" aria-hidden="true" style={{ '--hue': hue }}>
      {(site.match(/[\p{L}\p{N}]/u)?.[0] ?? '?').toUpperCase()}
    </span>
  );
}
