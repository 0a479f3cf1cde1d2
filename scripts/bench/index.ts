/** The bench suites `npm run bench` runs, in order. Each measures in real Chromium or in Node. */
import type { BenchSuite } from './measure';
import { extensionSize } from './extension-size';

export const suites: Record<string, BenchSuite> = {
  'extension-size': extensionSize,
};
