import { describe, expect, it } from "vitest";
import { cineSteps, wrapIndex } from "./cine";
import { actionForKey, KEY_HELP, PAGE_STEP } from "./keys";
import { PX_PER_SLICE, wheelSteps } from "./wheel";

describe("actionForKey", () => {
  it("maps the documented keys", () => {
    expect(actionForKey({ key: "ArrowDown" })).toEqual({ type: "step", delta: 1 });
    expect(actionForKey({ key: "ArrowLeft" })).toEqual({ type: "step", delta: -1 });
    expect(actionForKey({ key: "PageDown" })).toEqual({ type: "step", delta: PAGE_STEP });
    expect(actionForKey({ key: "Home" })).toEqual({ type: "first" });
    expect(actionForKey({ key: "End" })).toEqual({ type: "last" });
    expect(actionForKey({ key: "+" })?.type).toBe("zoom");
    expect(actionForKey({ key: " " })).toEqual({ type: "cine" });
    expect(actionForKey({ key: "r" })).toEqual({ type: "reset" });
    expect(KEY_HELP.length).toBeGreaterThan(5);
  });
  it("leaves other keys and modified keys to the browser", () => {
    expect(actionForKey({ key: "Tab" })).toBeNull();
    expect(actionForKey({ key: "r", ctrlKey: true })).toBeNull();
  });
});

describe("wheelSteps", () => {
  it("moves one slice per mouse notch whatever its size", () => {
    const s = { carry: 0 };
    expect(wheelSteps(s, 100, 0)).toBe(1);
    expect(wheelSteps(s, -240, 0)).toBe(-1);
    expect(wheelSteps(s, 3, 1)).toBe(1);
    expect(wheelSteps(s, -1, 2)).toBe(-5);
  });
  it("accumulates small trackpad deltas and forgets them on a change of direction", () => {
    const s = { carry: 0 };
    let total = 0;
    for (let i = 0; i < 10; i++) total += wheelSteps(s, PX_PER_SLICE / 4, 0);
    expect(total).toBe(2);
    expect(wheelSteps(s, -PX_PER_SLICE / 4, 0)).toBe(0);
    expect(s.carry).toBeLessThan(0);
  });
});

describe("cineSteps", () => {
  it("steps at the frame rate without drift", () => {
    expect(cineSteps(0, 50, 10)).toEqual({ steps: 0, last: 0 });
    expect(cineSteps(0, 100, 10)).toEqual({ steps: 1, last: 100 });
    expect(cineSteps(0, 250, 10)).toEqual({ steps: 2, last: 200 });
  });
  it("takes a single step after a long stall", () => {
    expect(cineSteps(0, 60_000, 10)).toEqual({ steps: 1, last: 60_000 });
  });
  it("wraps around the stack", () => {
    expect(wrapIndex(15, 15)).toBe(0);
    expect(wrapIndex(-1, 15)).toBe(14);
    expect(wrapIndex(3, 0)).toBe(0);
  });
});
