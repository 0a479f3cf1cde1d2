/** A plain list of URLs, one a line (blank lines and `#` comments ignored). */
import { ImportCollector } from './collect-import';
import { LIMITS } from './limits';
import { ImportError, type ParsedImport } from './types';

export function parseUrlList(text: string): ParsedImport {
  const collector = new ImportCollector('url-list');
  const lines = text.split(/\r\n?|\n/);
  // Counted before any line is checked: a file of millions of lines is refused at once.
  if (lines.filter((line) => line.trim()).length > LIMITS.entries) {
    throw new ImportError(
      `The file has more than ${LIMITS.entries.toLocaleString('en')} entries: split it, or import it in parts.`,
    );
  }
  lines.forEach((line, index) => {
    const url = line.trim();
    if (!url || url.startsWith('#')) return;
    collector.add({ url }, `line ${index + 1}`);
  });
  return collector.result();
}
