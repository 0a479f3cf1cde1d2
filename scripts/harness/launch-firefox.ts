/**
 * Starts the system Firefox (headless, WebDriver BiDi through puppeteer-core) with the built
 * Firefox add-on installed as a temporary add-on, as `web-ext run` would. Pages are fetched from
 * the local news server under their real host names: Firefox sends https through a small local
 * CONNECT proxy that tunnels the served host names to the server and refuses every other host
 * (this machine has no internet), so the add-on's real manifest match patterns are exercised.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
// @ts-expect-error: a plain ESM module shared with the bootstrap scripts, typed by use.
import { findFirefox } from './find-firefox.mjs';
import type { NewsServer } from './news-server';

export const FIREFOX_BUILD = resolve(import.meta.dirname, '../../.output/firefox-mv2');

export interface FirefoxBrightside {
  browser: Browser;
  /** The add-on's id (from `browser_specific_settings.gecko.id`). */
  addonId: string;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  server: NewsServer;
  extensionDir?: string;
}

/** A CONNECT proxy: served host names go to the news server, everything else is refused. */
async function startProxy(server: NewsServer): Promise<{ proxy: Server; close(): Promise<void> }> {
  const tunnels = new Set<{ destroy(): void }>();
  const proxy = createServer((_request, response) => {
    response.writeHead(502).end();
  });
  proxy.on('connect', (request, socket, head) => {
    tunnels.add(socket);
    socket.on('close', () => tunnels.delete(socket));
    const host = (request.url ?? '').replace(/:\d+$/, '');
    if (!server.sites.has(host)) {
      socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      return;
    }
    const upstream = connect(server.port, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  return {
    proxy,
    close() {
      for (const tunnel of tunnels) tunnel.destroy();
      proxy.closeAllConnections();
      return new Promise<void>((done) => proxy.close(() => done()));
    },
  };
}

export async function launchFirefoxBrightside(
  options: FirefoxLaunchOptions,
): Promise<FirefoxBrightside> {
  const extensionDir = options.extensionDir ?? FIREFOX_BUILD;
  if (!existsSync(resolve(extensionDir, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${extensionDir}: run \`npx wxt build -b firefox\` first.`);
  }
  const { proxy, close: closeProxy } = await startProxy(options.server);
  const { port } = proxy.address() as AddressInfo;
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: findFirefox() as string,
      headless: true,
      protocol: 'webDriverBiDi',
      // The news server's certificate is self-signed.
      acceptInsecureCerts: true,
      extraPrefsFirefox: {
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
      },
    });
  } catch (error) {
    await closeProxy();
    throw error;
  }
  let addonId: string;
  try {
    // WebDriver BiDi `webExtension.install` with the unpacked folder: a temporary add-on.
    addonId = await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close().catch(() => {});
    await closeProxy();
    throw error;
  }
  return {
    browser,
    addonId,
    async close() {
      await browser.close().catch(() => {});
      await closeProxy();
    },
  };
}
