/**
 * `npm start`: Chromium with Brightside loaded on the demo front page (or the URL given). With a
 * display the browser stays open for you; without one it runs headless, prints the stories it found
 * with their scores and writes a screenshot.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBrightside } from './harness/launch-chromium';
import { servePage, startNewsServer } from './harness/news-server';
import { pageStories } from './harness/page-stories';

const root = resolve(import.meta.dirname, '..');
const DEMO_URL = 'https://news.brightside.example/';

const target = process.argv[2] ?? DEMO_URL;
const hasDisplay =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = !hasDisplay || process.env.CI === 'true';

const server = await startNewsServer();
servePage(server, DEMO_URL, readFileSync(resolve(root, 'docs/demo/front-page.html'), 'utf8'));
const brightside = await launchBrightside({ server, headless });
const page = await brightside.context.newPage();
await page.goto(target, { waitUntil: 'domcontentloaded' });

if (!headless) {
  console.log(`Brightside is running in Chromium on ${target}. Close the browser to stop.`);
  await new Promise<void>((done) => brightside.context.on('close', () => done()));
  await server.close();
  process.exit(0);
}

try {
  const stories = await pageStories(brightside.worker, page);
  const uplifting = stories.filter((story) => story.uplifting).length;
  console.log(`\nBrightside on ${target}: ${stories.length} stories, ${uplifting} uplifting\n`);
  for (const story of stories) {
    const mark = story.uplifting ? '☀' : ' ';
    const cues = story.cues.length ? `  (${story.cues.join(', ')})` : '';
    console.log(`${mark} ${story.score.toFixed(2)}  ${story.title}${cues}`);
  }
} catch (error) {
  console.log(`\nBrightside did not run on ${target}: ${(error as Error).message}`);
  console.log('It runs on the news sites it knows; other sites can be enabled from its popup.');
}
mkdirSync(resolve(root, 'reports'), { recursive: true });
const screenshot = resolve(root, 'reports/start-screenshot.png');
await page.screenshot({ path: screenshot, fullPage: true });
console.log(`\nScreenshot: ${screenshot}`);
await brightside.close();
await server.close();
