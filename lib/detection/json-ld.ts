/**
 * JSON-LD blocks of a page, flattened: every object with an `@type`, including those inside
 * `@graph` arrays and ItemList elements. Broken blocks are skipped, never thrown.
 */
export type JsonLdNode = Record<string, unknown>;

function visit(value: unknown, out: JsonLdNode[], depth: number): void {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) visit(item, out, depth + 1);
    return;
  }
  const node = value as JsonLdNode;
  if (node['@type'] !== undefined) out.push(node);
  if (node['@graph'] !== undefined) visit(node['@graph'], out, depth + 1);
  if (node['mainEntity'] !== undefined) visit(node['mainEntity'], out, depth + 1);
}

export function readJsonLd(doc: Document): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  for (const script of doc.getElementsByTagName('script')) {
    // As the selector [type="application/ld+json"] in HTML: the value's case does not matter.
    if (script.getAttribute('type')?.toLowerCase() !== 'application/ld+json') continue;
    const text = (script.textContent ?? '').trim();
    if (!text) continue;
    try {
      visit(JSON.parse(text.replace(/^<!\[CDATA\[|\]\]>$/g, '')), nodes, 0);
    } catch {
      // A broken block says nothing about the page.
    }
  }
  return nodes;
}

export function typesOf(node: JsonLdNode): string[] {
  const type = node['@type'];
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string');
  return [];
}

export const ARTICLE_TYPES =
  /^(Article|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report|ScholarlyArticle|TechArticle|SatiricalArticle|AdvertiserContentArticle|Review)$/;

export function isArticleNode(node: JsonLdNode): boolean {
  return typesOf(node).some((type) => ARTICLE_TYPES.test(type));
}

/** Story URLs listed by JSON-LD ItemList blocks (`itemListElement[].url` or `.item.url`). */
export function itemListUrls(nodes: JsonLdNode[]): string[] {
  const urls: string[] = [];
  for (const node of nodes) {
    if (!typesOf(node).includes('ItemList')) continue;
    const elements = node['itemListElement'];
    if (!Array.isArray(elements)) continue;
    for (const element of elements) {
      if (!element || typeof element !== 'object') continue;
      const record = element as JsonLdNode;
      const item = record['item'];
      const url =
        record['url'] ??
        (item && typeof item === 'object'
          ? ((item as JsonLdNode)['url'] ?? (item as JsonLdNode)['@id'])
          : item);
      if (typeof url === 'string') urls.push(url);
    }
  }
  return urls;
}
