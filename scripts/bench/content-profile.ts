import type { CDPSession } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Samples every 200 µs: fine enough for work of a fraction of a millisecond per key. */
const SAMPLING_INTERVAL_US = 200;

export async function startProfiling(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  await cdp.send('Profiler.start');
}

/**
 * Stops the V8 sampling profiler and returns the ms spent with a frame of a script whose URL
 * starts with `scriptPrefix` on the stack. The page and the content script share one isolate,
 * so one profile sees both, and each sample's stack says whose work it was (including the
 * layout a script forces, which is sampled under the calling frame).
 */
export async function stopProfiling(cdp: CDPSession, scriptPrefix: string): Promise<number> {
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  await cdp.send('Profiler.disable');
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id)!;
    const up = parent.get(id);
    const result = node.callFrame.url.startsWith(scriptPrefix) || (up !== undefined && isOurs(up));
    ours.set(id, result);
    return result;
  };
  let microseconds = 0;
  // timeDeltas[i] is the time before sample i; it belongs to the previous sample's stack.
  for (let i = 1; i < profile.samples.length; i++) {
    if (isOurs(profile.samples[i - 1]!)) microseconds += profile.timeDeltas[i]!;
  }
  return microseconds / 1000;
}
