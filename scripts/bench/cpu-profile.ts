/**
 * Reading a V8 CPU profile (CDP `Profiler.stop`) and a Chromium trace for the time one script spent
 * on the main thread.
 */
export interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}
export interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/**
 * Total and longest unbroken time, in ms, of the samples with a frame of the script whose URL
 * ends in `scriptPath` on the stack (so the layout and style work its calls force count).
 * Garbage collection between two of its samples counts in the run (the script's own allocations
 * trigger most of it); any other sample ends the run.
 */
export function scriptTime(
  profile: Profile,
  scriptPath: string,
  sampleUs: number,
): { total: number; longest: number } {
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id)!;
    const up = parent.get(id);
    const result = node.callFrame.url.endsWith(scriptPath) || (up !== undefined && isOurs(up));
    ours.set(id, result);
    return result;
  };
  let total = 0;
  let longest = 0;
  let run = 0;
  // Garbage collection since our last sample: part of the run if one of ours follows.
  let gap = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    // A sample's delta is the time since the previous sample: it is charged to this sample.
    const delta = (profile.timeDeltas[i + 1] ?? sampleUs) / 1000;
    const id = profile.samples[i]!;
    if (isOurs(id)) {
      total += delta;
      run += gap + delta;
      gap = 0;
      longest = Math.max(longest, run);
    } else if (run > 0 && byId.get(id)!.callFrame.functionName === '(garbage collector)') {
      gap += delta;
    } else {
      run = 0;
      gap = 0;
    }
  }
  return { total, longest };
}

/** A Chromium trace event as CDP's Tracing domain reports it (the fields read here). */
export interface TraceEvent {
  name: string;
  dur?: number;
  args?: { data?: { url?: string }; fileName?: string };
}

/**
 * The task that injects the script whose URL ends in `scriptPath`, in ms, from a trace of the "v8"
 * category: `compile`, V8 compiling it (every function, under an eager-compile hint), and `run`,
 * its top level. A CPU profile holds no frame of the script while it is compiled, so `scriptTime`
 * misses `compile`; functions compiled later, on their first call, are compiled inside the
 * script's frames and counted there.
 */
export function injectionTime(
  events: TraceEvent[],
  scriptPath: string,
): { compile: number; run: number } {
  let compile = 0;
  let run = 0;
  for (const event of events) {
    const url = event.args?.data?.url ?? event.args?.fileName ?? '';
    if (!url.endsWith(scriptPath)) continue;
    if (event.name === 'v8.compile') compile += (event.dur ?? 0) / 1000;
    else if (event.name === 'v8.run') run += (event.dur ?? 0) / 1000;
  }
  return { compile, run };
}
