import { importError } from './import-problems';

/** Parsing HTML files without a live document: DOMParser (the browser's, or happy-dom's in tests). */

export type HtmlParser = (html: string) => Document;

/** The default parser: the environment's DOMParser. Nothing parsed this way runs scripts or loads. */
export const parseHtmlDocument: HtmlParser = (html) =>
  new DOMParser().parseFromString(html, 'text/html');

export const parseXmlDocument = (xml: string): Document =>
  new DOMParser().parseFromString(xml, 'application/xml');

/**
 * Runs a parser; one that throws on broken markup (some DOM implementations do, browsers return a
 * `parsererror` document instead) becomes a clear `ImportError`.
 */
export function parseMarkup(
  parse: (text: string) => Document,
  text: string,
  problem: 'corruptHtml' | 'corruptXml',
): Document {
  try {
    return parse(text);
  } catch {
    throw importError(problem);
  }
}

/** An element's text with whitespace collapsed. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
