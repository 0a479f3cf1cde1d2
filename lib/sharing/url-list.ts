/** A plain list of URLs, one a line (blank lines and `#` comments ignored). */
import { ImportCollector } from './collect-import';
import type { ParsedImport } from './types';

export function parseUrlList(text: string): ParsedImport {
  const collector = new ImportCollector('url-list');
  text.split(/\r\n?|\n/).forEach((line, index) => {
    const url = line.trim();
    if (!url || url.startsWith('#')) return;
    collector.add({ url }, `line ${index + 1}`);
  });
  return collector.result();
}
