// Cine timing: how many slices to advance on an animation frame for a given frame rate, without drift.

export const CINE_RATES = [2, 5, 10, 15, 20, 30] as const;
export const DEFAULT_CINE_FPS = 10;

/**
 * Steps due at time `now` (ms) since `last` (the time the previous step was due). Returns the steps and the new
 * due time; after a long stall (tab hidden) it advances one step instead of jumping.
 */
export function cineSteps(last: number, now: number, fps: number): { steps: number; last: number } {
  const interval = 1000 / Math.max(0.1, fps);
  const elapsed = now - last;
  if (elapsed < interval) return { steps: 0, last };
  if (elapsed > interval * 10) return { steps: 1, last: now };
  const steps = Math.floor(elapsed / interval);
  return { steps, last: last + steps * interval };
}

/** Next index when looping through `count` slices. */
export const wrapIndex = (i: number, count: number) => (count <= 0 ? 0 : ((i % count) + count) % count);
