/**
 * Bundles project code into one IIFE script that sets `window[globalName]`, for benches that run
 * part of lib/ in a plain page (no extension), so it is measured alone.
 */
import { resolve } from 'node:path';
import { build, type Rolldown } from 'vite';

export async function bundleForPage(entrySource: string, globalName: string): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'warn',
    plugins: [
      {
        name: 'bench-entry',
        enforce: 'pre',
        resolveId: (id) => (id.endsWith('bench-entry') ? '\0bench-entry' : undefined),
        load: (id) => (id === '\0bench-entry' ? entrySource : undefined),
      },
    ],
    build: {
      write: false,
      minify: true,
      lib: { entry: 'bench-entry', formats: ['iife'], name: globalName },
    },
  })) as Rolldown.RolldownOutput[] | Rolldown.RolldownOutput;
  const [first] = Array.isArray(output) ? output : [output];
  return first!.output.find((chunk) => chunk.type === 'chunk')!.code;
}

/** The global that `detectionScript` sets. */
export const DETECTION_GLOBAL = 'BrightsideDetection';

/** lib/detection (`detectStories`, `watchStories`) as one page script that sets `DETECTION_GLOBAL`. */
export function detectionScript(): Promise<string> {
  const detection = resolve(import.meta.dirname, '../../lib/detection');
  return bundleForPage(
    `export { detectStories, watchStories } from '${detection}';`,
    DETECTION_GLOBAL,
  );
}
