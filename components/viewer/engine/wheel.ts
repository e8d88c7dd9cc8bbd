// Turns wheel deltas into whole slice steps. A mouse notch is one slice; a trackpad's stream of small pixel deltas
// accumulates, so a gentle swipe does not race through the stack.

/** Pixels of wheel travel per slice for pixel-mode deltas (trackpads, and Chrome's mouse wheels at ~100 px a notch). */
export const PX_PER_SLICE = 60;

export interface WheelState {
  carry: number;
}

/** deltaMode: 0 pixels, 1 lines, 2 pages (WheelEvent.DOM_DELTA_*). Returns the signed steps to take now. */
export function wheelSteps(state: WheelState, deltaY: number, deltaMode: number): number {
  if (deltaMode !== 0) return Math.sign(deltaY) * (deltaMode === 2 ? 5 : Math.max(1, Math.round(Math.abs(deltaY) / 3)));
  // A full mouse notch (>= PX_PER_SLICE) always moves exactly one slice per event, however large Chrome reports it.
  if (Math.abs(deltaY) >= PX_PER_SLICE) {
    state.carry = 0;
    return Math.sign(deltaY);
  }
  if (Math.sign(deltaY) !== Math.sign(state.carry)) state.carry = 0;
  state.carry += deltaY;
  const steps = Math.trunc(state.carry / PX_PER_SLICE) || 0; // || 0 turns -0 into 0
  state.carry -= steps * PX_PER_SLICE;
  return steps;
}
