/** The bench suites `npm run bench` runs, in order. Each measures in real Chromium or in Node. */
import type { BenchSuite } from './measure';
import { extensionSize } from './extension-size';

export const suites: Record<string, BenchSuite> = {
  'extension-size': extensionSize,
  'reading-list': (context) => import('./reading-list').then((m) => m.readingList(context)),
  sharing: (context) => import('./sharing').then((m) => m.sharing(context)),
  'content-script': (context) => import('./content-script').then((m) => m.contentScript(context)),
  detection: (context) => import('./detection').then((m) => m.detection(context)),
};
