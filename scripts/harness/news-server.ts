/**
 * A local https server that answers for real news host names. Chromium is told to resolve those
 * names here (host-resolver rules), so the extension's real manifest match patterns are exercised.
 */
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';

export interface Page {
  html: string;
  status?: number;
}

/** Host name → path → page. */
export type Site = Map<string, Page>;

export interface NewsServer {
  port: number;
  sites: Map<string, Site>;
  /** Chromium flag that sends every served host name to this server. */
  resolverRules(): string;
  close(): Promise<void>;
}

let certificate: Promise<{ key: string; cert: string }> | undefined;

function selfSignedCertificate() {
  certificate ??= generate([{ name: 'commonName', value: 'brightside.test' }], {
    keySize: 2048,
    algorithm: 'sha256',
  }).then((pems) => ({ key: pems.private, cert: pems.cert }));
  return certificate;
}

export async function startNewsServer(sites = new Map<string, Site>()): Promise<NewsServer> {
  const server: Server = createServer(await selfSignedCertificate(), (request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const path = new URL(request.url ?? '/', 'https://x').pathname;
    const page = sites.get(host)?.get(path);
    if (!page) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end(`Not served here: ${host}${path}`);
      return;
    }
    response.writeHead(page.status ?? 200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(page.html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    sites,
    resolverRules: () =>
      [...sites.keys()].map((host) => `MAP ${host} 127.0.0.1:${port}`).join(', '),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Adds one page to the server's sites. */
export function servePage(server: NewsServer, url: string, html: string): void {
  const { hostname, pathname } = new URL(url);
  let site = server.sites.get(hostname);
  if (!site) server.sites.set(hostname, (site = new Map()));
  site.set(pathname, { html });
}
