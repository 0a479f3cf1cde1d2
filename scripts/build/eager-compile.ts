import type { Plugin } from 'vite';

/**
 * V8's explicit compile hint (Chrome 136 and later): a script whose first line is this comment
 * has all its functions compiled when it loads. The content script runs almost all of its code at
 * DOMContentLoaded, once per page, so compiling lazily means parsing each function twice (a
 * pre-parse to find its end, a full parse on its first call) on the page's busiest moment. Other
 * engines read a comment.
 */
export const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** Puts the hint on the first line of the named output files (after minifying, which drops it). */
export function eagerCompile(fileNames: string[]): Plugin {
  return {
    name: 'brightside:eager-compile',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const fileName of fileNames) {
        const chunk = bundle[fileName];
        if (chunk?.type === 'chunk' && !chunk.code.startsWith(EAGER_COMPILE_HINT)) {
          chunk.code = EAGER_COMPILE_HINT + chunk.code;
        }
      }
    },
  };
}
