/**
 * Starts the system Chromium with the built, unpacked extension loaded, as a reader would run it.
 * The extension id depends on the build folder's path, so it is read from the service worker.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Worker } from 'playwright-core';
// @ts-expect-error: a plain ESM module shared with the bootstrap scripts, typed by use.
import { findChromium } from './find-chromium.mjs';
import type { NewsServer } from './news-server';

export const CHROME_BUILD = resolve(import.meta.dirname, '../../.output/chrome-mv3');

/** Flags for this machine: no sandbox or GPU, and no internet, which Chromium keeps trying to reach. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--ignore-certificate-errors',
];

const serverArgs = (server?: NewsServer) =>
  server ? [`--host-resolver-rules=${server.resolverRules()}`] : [];

/** The system Chromium without the extension (benches and the standalone viewer's test). */
export function launchChromium(options: { server?: NewsServer } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium() as string,
    headless: true,
    args: [...CHROMIUM_ARGS, ...serverArgs(options.server)],
  });
}

interface Profile {
  context: BrowserContext;
  /** Closes the browser; a profile made for this launch is deleted with it. */
  close(): Promise<void>;
}

/** The system Chromium on a profile on disk: `userDataDir`, else a new one deleted on close. */
async function launchOnProfile(
  args: string[],
  options: { userDataDir?: string | undefined; headless?: boolean | undefined } = {},
): Promise<Profile> {
  const ownProfile = !options.userDataDir;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'brightside-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium() as string,
    headless: options.headless ?? true,
    args: [...args, ...CHROMIUM_ARGS],
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      if (ownProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The system Chromium without the extension, on a profile on disk, as a reader's browser keeps
 * IndexedDB (a context without a profile keeps it in memory, which grows slower with every write).
 */
export function launchChromiumProfile(): Promise<Profile> {
  return launchOnProfile([]);
}

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
  const { context, close } = await launchOnProfile(
    [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...serverArgs(options.server),
    ],
    options,
  );
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    close,
  };
}
