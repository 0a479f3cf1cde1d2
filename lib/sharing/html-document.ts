/** Parsing HTML files without a live document: DOMParser (the browser's, or happy-dom's in tests). */

export type HtmlParser = (html: string) => Document;

/** The default parser: the environment's DOMParser. Nothing parsed this way runs scripts or loads. */
export const parseHtmlDocument: HtmlParser = (html) =>
  new DOMParser().parseFromString(html, 'text/html');

export const parseXmlDocument = (xml: string): Document =>
  new DOMParser().parseFromString(xml, 'application/xml');

/** An element's text with whitespace collapsed. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
