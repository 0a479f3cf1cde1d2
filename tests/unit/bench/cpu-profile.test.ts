import { describe, expect, it } from 'vitest';
import { injectionTime, scriptTime, type Profile } from '../../../scripts/bench/cpu-profile';

/**
 * A profile with a root, a page function, our function (and a callee of it), idle and garbage
 * collection; `leaves` names each sample's leaf, every sample 1 ms apart.
 */
function profileOf(leaves: string[]): Profile {
  const nodes = [
    { id: 1, callFrame: { url: '', functionName: '(root)' }, children: [2, 3, 5, 6, 7] },
    { id: 2, callFrame: { url: 'https://news.example/app.js', functionName: 'page' } },
    {
      id: 3,
      callFrame: { url: 'chrome-extension://x/content.js', functionName: 'ours' },
      children: [4],
    },
    { id: 4, callFrame: { url: '', functionName: 'querySelectorAll' } },
    { id: 5, callFrame: { url: '', functionName: '(idle)' } },
    { id: 6, callFrame: { url: '', functionName: '(garbage collector)' } },
    { id: 7, callFrame: { url: '', functionName: '(program)' } },
  ];
  const ids: Record<string, number> = { page: 2, ours: 3, native: 4, idle: 5, gc: 6, program: 7 };
  return {
    nodes,
    startTime: 0,
    samples: leaves.map((leaf) => ids[leaf]!),
    timeDeltas: leaves.map(() => 1_000),
  };
}

const time = (leaves: string[]) => scriptTime(profileOf(leaves), '/content.js', 1_000);

describe('scriptTime (the content-script bench reads CPU profiles with it)', () => {
  it("counts the script's samples, native calls it makes included", () => {
    expect(time(['page', 'ours', 'native', 'idle', 'ours'])).toEqual({ total: 3, longest: 2 });
  });

  it('keeps a run going through garbage collection between two of its samples', () => {
    expect(time(['ours', 'gc', 'gc', 'ours', 'idle'])).toEqual({ total: 2, longest: 4 });
  });

  it('ends a run at page work, idle time or other native work, and at trailing collection', () => {
    expect(time(['ours', 'program', 'ours', 'page', 'ours', 'gc', 'idle'])).toEqual({
      total: 3,
      longest: 1,
    });
  });
});

describe('injectionTime (the script compile a CPU profile cannot see)', () => {
  const ours = 'chrome-extension://x/content-scripts/content.js';
  it("sums the script's compile and top-level run, in ms, and nothing of other scripts", () => {
    const events = [
      { name: 'v8.compile', dur: 12_500, args: { data: { url: ours }, fileName: ours } },
      { name: 'v8.run', dur: 4_000, args: { fileName: ours } },
      { name: 'v8.compile', dur: 30_000, args: { data: { url: 'https://news.example/app.js' } } },
      { name: 'v8.run', dur: 9_000, args: { fileName: 'https://news.example/app.js' } },
      { name: 'v8.callFunction', dur: 1_000, args: {} },
      { name: 'v8.newInstance' },
    ];
    expect(injectionTime(events, '/content-scripts/content.js')).toEqual({ compile: 12.5, run: 4 });
  });

  it('is zero when the trace holds nothing of the script', () => {
    expect(injectionTime([], '/content.js')).toEqual({ compile: 0, run: 0 });
  });
});
