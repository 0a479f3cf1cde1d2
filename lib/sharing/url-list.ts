/** A plain list of URLs, one a line (blank lines and `#` comments ignored). */
import { ImportCollector } from './collect-import';
import { importError, place } from './import-problems';
import { LIMITS } from './limits';
import type { ParsedImport } from './types';

export function parseUrlList(text: string): ParsedImport {
  const collector = new ImportCollector('url-list');
  const lines = text.split(/\r\n?|\n/);
  // Counted before any line is checked: a file of millions of lines is refused at once.
  if (lines.filter((line) => line.trim()).length > LIMITS.entries) {
    throw importError('tooManyEntries', LIMITS.entries);
  }
  lines.forEach((line, index) => {
    const url = line.trim();
    if (!url || url.startsWith('#')) return;
    collector.add({ url }, place('line', index + 1));
  });
  return collector.result();
}
