/**
 * Builds the standalone share viewer (share/) into .output/share: static files to publish on any
 * host (GitHub Pages, a bucket). Run with `npm run build:share`; the e2e test builds it too.
 */
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { build } from 'vite';

export const SHARE_SOURCE = resolve(import.meta.dirname, '../share');
export const SHARE_OUTPUT = resolve(import.meta.dirname, '../.output/share');

export async function buildShareViewer(outDir = SHARE_OUTPUT): Promise<string> {
  await build({
    root: SHARE_SOURCE,
    base: './',
    configFile: false,
    logLevel: 'warn',
    plugins: [preact()],
    // One Preact, as in wxt.config.ts: two copies of its hooks leave the page blank.
    resolve: { alias: { '@': resolve(import.meta.dirname, '..') }, dedupe: ['preact'] },
    build: { outDir, emptyOutDir: true, modulePreload: false, sourcemap: false },
  });
  return outDir;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const out = await buildShareViewer();
  console.log(`Share viewer built in ${out}`);
}
