/**
 * Starts the system Chromium with the built, unpacked extension loaded, as a reader would run it.
 * The extension id depends on the build folder's path, so it is read from the service worker.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
// @ts-expect-error: a plain ESM module shared with the bootstrap scripts, typed by use.
import { findChromium } from './find-chromium.mjs';
import type { NewsServer } from './news-server';

export const CHROME_BUILD = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface Brightside {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  server?: NewsServer;
  headless?: boolean;
  extensionDir?: string;
  /** Reuse a profile (for tests that reopen the browser on the same data). */
  userDataDir?: string;
}

export async function launchBrightside(options: LaunchOptions = {}): Promise<Brightside> {
  const extensionDir = options.extensionDir ?? CHROME_BUILD;
  const ownProfile = !options.userDataDir;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'brightside-profile-'));
  const args = [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    // This machine has no internet: without these Chromium keeps trying to reach it.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    '--ignore-certificate-errors',
  ];
  if (options.server) args.push(`--host-resolver-rules=${options.server.resolverRules()}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium() as string,
    headless: options.headless ?? true,
    args,
    viewport: { width: 1280, height: 900 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    async close() {
      await context.close();
      if (ownProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
