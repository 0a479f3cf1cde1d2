/**
 * The registry of site adapters: one file per site, listed here explicitly. Order matters only
 * when two adapters match the same URL (the first wins).
 */
import type { SiteAdapter } from './site-adapter';

export type { SiteAdapter } from './site-adapter';

export const SITE_ADAPTERS: readonly SiteAdapter[] = [];

/** The adapter serving `url`, if any. */
export function findSiteAdapter(url: string): SiteAdapter | undefined {
  return SITE_ADAPTERS.find((adapter) => adapter.matches(url));
}
