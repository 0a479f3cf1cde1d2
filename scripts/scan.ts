/**
 * npm run --silent scan -- <file.html | file.html.gz> [--url URL]
 *
 * Runs the extension's own detection and classifier on a saved page, on a server-side DOM, and
 * prints JSON: { url, pageKind, article?, stories: [{ title, url, teaser?, score, uplifting, cues }] }.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { scoreUplift } from '../lib/classifier';
import { detectArticle, detectStories, pageKind } from '../lib/detection';
import { readabilityFallback } from '../lib/detection/readability-fallback';

function fail(message: string): never {
  process.stderr.write(`scan: ${message}\n`);
  process.exit(1);
}

function parseArgs(argv: string[]): { file: string; url?: string } {
  let file: string | undefined;
  let url: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--url') url = argv[++i];
    else if (arg.startsWith('--url=')) url = arg.slice('--url='.length);
    else if (arg === '-h' || arg === '--help') {
      process.stdout.write(
        'usage: npm run --silent scan -- <file.html | file.html.gz> [--url URL]\n',
      );
      process.exit(0);
    } else if (!file) file = arg;
    else fail(`unexpected argument: ${arg}`);
  }
  if (!file) fail('no file given (usage: scan <file.html | file.html.gz> [--url URL])');
  if (url !== undefined && !/^https?:\/\/[^/]+/i.test(url)) fail(`not an http(s) URL: ${url}`);
  return { file, ...(url ? { url } : {}) };
}

function readHtml(file: string): string {
  let raw: Buffer;
  try {
    raw = readFileSync(file);
  } catch (error) {
    fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (raw.length >= 2 && raw[0] === 0x1f && raw[1] === 0x8b) {
    try {
      raw = gunzipSync(raw);
    } catch {
      fail(`${file} is not a readable gzip file`);
    }
  }
  const html = raw.toString('utf8');
  if (!html.trim()) fail(`${file} is empty`);
  if (
    html.includes('\u0000') ||
    !/<(!doctype\s+html|html|head|body|div|p|a|article|main|title)[\s>]/i.test(html)
  ) {
    fail(`${file} is not HTML`);
  }
  return html;
}

function pageUrl(doc: Document, given?: string): string {
  if (given) return given;
  const canonical =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  if (canonical && /^https?:\/\//i.test(canonical)) return canonical;
  return 'https://localhost/';
}

const { file, url: givenUrl } = parseArgs(process.argv.slice(2));
const html = readHtml(file);
const doc = parseHTML(html).document as unknown as Document;
const url = pageUrl(doc, givenUrl);
const kind = pageKind(doc, url);
const stories = detectStories(doc, url).map((story) => {
  const result = scoreUplift({
    headline: story.title,
    ...(story.teaser ? { teaser: story.teaser } : {}),
  });
  return {
    title: story.title,
    url: story.url,
    ...(story.teaser ? { teaser: story.teaser } : {}),
    score: result.score,
    uplifting: result.uplifting,
    cues: result.cues,
  };
});
const output = {
  url,
  pageKind: kind,
  ...(kind === 'article' ? { article: detectArticle(doc, url, readabilityFallback) } : {}),
  stories,
};
process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
