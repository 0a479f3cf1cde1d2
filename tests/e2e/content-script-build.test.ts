/**
 * The content script as both stores ship it: V8's compile hint must stay its first line (below it
 * the hint is an ordinary comment and every function is compiled lazily again, on the page's
 * busiest moment). See scripts/build/eager-compile.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { CHROME_BUILD } from '../../scripts/harness/launch-chromium';
import { FIREFOX_BUILD } from '../../scripts/harness/launch-firefox';

test.each([CHROME_BUILD, FIREFOX_BUILD])(
  'the content script of %s opens with the eager-compile hint',
  (build) => {
    const script = readFileSync(join(build, 'content-scripts/content.js'), 'utf8');
    expect(script.split('\n', 1)[0]).toBe('//# allFunctionsCalledOnLoad');
    // The other entrypoints run a little of their code at a time: they stay lazy.
    expect(readFileSync(join(build, 'background.js'), 'utf8')).not.toContain(
      'allFunctionsCalledOnLoad',
    );
  },
);

test.each([CHROME_BUILD, FIREFOX_BUILD])(
  'the content script of %s leaves Readability to the article reader injected on demand',
  (build) => {
    // Every news page compiles the content script: Readability, a third of it before, is only
    // needed by "Save this page" (entrypoints/article-reader.ts).
    expect(readFileSync(join(build, 'content-scripts/content.js'), 'utf8')).not.toContain(
      'Readability',
    );
    expect(readFileSync(join(build, 'article-reader.js'), 'utf8')).toContain('Readability');
  },
);
