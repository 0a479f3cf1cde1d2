/**
 * Share links: the whole list travels in the URL fragment (after `#`), which browsers never send to
 * a server. The list is written compactly, deflated (fflate, the same in every browser and in
 * Node) and base64url-encoded: `<viewer>#list=1.<data>`.
 *
 * Payload version 1 (JSON before deflate): `{ v: 1, n: name, d?: description, c?: curator,
 * t?: createdAt, i: [[url, title, note?, siteName?], …] }`. Links only grow in versions like files.
 */
import { Inflate, deflateSync, strFromU8, strToU8 } from 'fflate';
import { ImportCollector } from './collect-import';
import { LIMITS, formatBytes } from './limits';
import { ImportError, importError, place } from './import-problems';
import type { ListDocument, ParsedImport } from './types';
import { SHARE_VIEWER_URL } from './publish-address';
export const LINK_VERSION = 1;
const PREFIX = 'list=';

export class ShareLinkTooLargeError extends Error {
  override name = 'ShareLinkTooLargeError';
  // The pages word it from the catalogue (listsLinkTooLarge); the message is for logs.
  constructor(readonly length: number) {
    super(`linkTooLarge (${length}, ${LIMITS.linkChars})`);
  }
}

type CompactItem = [url: string, title: string, note?: string, siteName?: string];

/** The fragment (without `#`) carrying `list`. Throws `ShareLinkTooLargeError` past the limit. */
export function encodeShareFragment(list: ListDocument): string {
  const payload: Record<string, unknown> = { v: LINK_VERSION, n: list.name };
  if (list.description) payload.d = list.description;
  if (list.curator) payload.c = list.curator;
  if (list.createdAt) payload.t = list.createdAt;
  payload.i = list.items.map((item): CompactItem => {
    const compact: CompactItem = [item.url, item.title];
    if (item.note || item.siteName) compact.push(item.note ?? '');
    if (item.siteName) compact.push(item.siteName);
    return compact;
  });
  const bytes = deflateSync(strToU8(JSON.stringify(payload)), { level: 9 });
  const fragment = PREFIX + LINK_VERSION + '.' + toBase64Url(bytes);
  if (fragment.length > LIMITS.linkChars) throw new ShareLinkTooLargeError(fragment.length);
  return fragment;
}

/** A full share link for `list`, opening in `viewer` (the public viewer or the extension's page). */
export function createShareLink(list: ListDocument, viewer = SHARE_VIEWER_URL): string {
  return `${viewer.replace(/#.*$/, '')}#${encodeShareFragment(list)}`;
}

/** Whether `text` is (or contains, as its only content) a Brightside share link or fragment. */
export function looksLikeShareLink(text: string): boolean {
  return /^\S*#list=\S*$/.test(text.trim());
}

/** Reads a share link, or just its fragment. Throws `ImportError` for a damaged or foreign link. */
export function parseShareLink(link: string): ParsedImport {
  const trimmed = link.trim();
  const fragment = trimmed.includes('#') ? trimmed.slice(trimmed.indexOf('#') + 1) : trimmed;
  if (fragment.length > LIMITS.linkChars) {
    throw importError('linkTooLong', LIMITS.linkChars);
  }
  const match = /^list=(\d+)\.([A-Za-z0-9_-]+)$/.exec(fragment);
  if (!match) throw importError('notShareLink');
  const version = Number(match[1]);
  if (version > LINK_VERSION) {
    throw importError('newerLinkVersion', version);
  }
  if (version < 1) throw importError('linkNoVersion');
  let json: string;
  try {
    json = strFromU8(inflateBounded(fromBase64Url(match[2]!), LIMITS.linkInflatedBytes));
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw importError('linkUndecodable');
  }
  let payload: unknown;
  try {
    payload = JSON.parse(json);
  } catch {
    throw importError('linkUnreadable');
  }
  return readPayload(payload);
}

function readPayload(payload: unknown): ParsedImport {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw importError('linkNoList');
  }
  const data = payload as Record<string, unknown>;
  if (data.v !== 1 || !Array.isArray(data.i)) {
    throw importError('linkNoList');
  }
  if (data.i.length > LIMITS.entries) throw importError('tooManyEntries', LIMITS.entries);
  const collector = new ImportCollector('share-link');
  const list = collector.addList({
    name: data.n,
    description: data.d,
    curator: data.c,
    createdAt: data.t,
  });
  data.i.forEach((item, index) => {
    const [url, title, note, siteName] = Array.isArray(item) ? (item as unknown[]) : [];
    collector.add({ url, title, note, siteName }, place('story', index + 1), list);
  });
  return collector.result();
}

/** Inflates raw DEFLATE data, refusing output beyond `limit` bytes (a compression bomb). */
function inflateBounded(data: Uint8Array, limit: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let done = false;
  const inflate = new Inflate((chunk, final) => {
    size += chunk.length;
    if (size > limit) {
      throw importError('linkInflatesTooLarge', formatBytes(limit));
    }
    chunks.push(chunk);
    if (final) done = true;
  });
  inflate.push(data, true);
  if (!done) throw importError('linkCutShort');
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out +=
      ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]!;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]!;
  }
  return out;
}

export function fromBase64Url(text: string): Uint8Array {
  if (text.length % 4 === 1) throw importError('linkCutShort');
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let offset = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const digit = code < 128 ? LOOKUP[code]! : -1;
    if (digit < 0) throw importError('linkBadCharacters');
    value = (value << 6) | digit;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[offset++] = (value >> bits) & 255;
    }
  }
  return out.subarray(0, offset);
}
