import { afterEach, describe, expect, it, vi } from "vitest";
import type { Decoder } from "../decode/client";
import type { DecodedSlice } from "../decode/protocol";
import { loadOrder, SeriesLoader, type SliceRef } from "./series-loader";

describe("loadOrder", () => {
  it("starts at the focus and alternates outwards", () => {
    expect(loadOrder(5, 2)).toEqual([2, 3, 1, 4, 0]);
    expect(loadOrder(4, 0)).toEqual([0, 1, 2, 3]);
    expect(loadOrder(3, 9)).toEqual([2, 1, 0]);
    expect(loadOrder(0, 0)).toEqual([]);
  });
});

describe("SeriesLoader", () => {
  afterEach(() => vi.unstubAllGlobals());

  const refs = (n: number): SliceRef[] =>
    Array.from({ length: n }, (_, i) => ({ key: `i${i}`, frame: 0, frames: 1, dicomUrl: `/f/${i}`, jpgUrl: null }));

  it("fetches the focused slice first, decodes every slice once and records failures", async () => {
    const fetched: string[] = [];
    vi.stubGlobal("fetch", async (url: string) => {
      fetched.push(url);
      return url === "/f/3" ? new Response("no", { status: 404 }) : new Response(new Uint8Array([1, 2, 3]));
    });
    const decoded: string[] = [];
    const decoder: Decoder = {
      decode: async (key, _frame, bytes) => {
        expect(bytes?.byteLength).toBe(3);
        decoded.push(key);
        return { decodeMs: 1 } as DecodedSlice;
      },
    };
    const changes: number[] = [];
    const loader = new SeriesLoader(refs(5), decoder, (i) => changes.push(i));
    await new Promise<void>((resolve) => {
      const check = () => (loader.loadedCount === 5 ? resolve() : setTimeout(check, 5));
      loader.focus(2);
      loader.allowPrefetch();
      check();
    });
    expect(fetched[0]).toBe("/f/2");
    expect(new Set(fetched).size).toBe(5);
    expect(decoded.sort()).toEqual(["i0", "i1", "i2", "i4"]);
    expect(loader.entries[3]).toEqual({ state: "failed", error: "the file answered HTTP 404" });
    expect(changes.length).toBe(5);
  });

  it("loads only the slice in view until prefetch is allowed", async () => {
    const fetched: string[] = [];
    vi.stubGlobal("fetch", async (url: string) => (fetched.push(url), new Response(new Uint8Array([1]))));
    const loader = new SeriesLoader(refs(4), { decode: async () => ({}) as DecodedSlice }, () => undefined);
    loader.focus(1);
    await new Promise((r) => setTimeout(r, 20));
    expect(fetched).toEqual(["/f/1"]);
    loader.allowPrefetch();
    await new Promise((r) => setTimeout(r, 20));
    expect(fetched.sort()).toEqual(["/f/0", "/f/1", "/f/2", "/f/3"]);
  });

  it("takes the early-decoded first slice instead of fetching it", async () => {
    const fetched: string[] = [];
    vi.stubGlobal("fetch", async (url: string) => (fetched.push(url), new Response(new Uint8Array([1]))));
    const early = { decodeMs: 1 } as DecodedSlice;
    const loader = new SeriesLoader(
      refs(2),
      { decode: async () => ({}) as DecodedSlice },
      () => undefined,
      (url) => (url === "/f/0" ? Promise.resolve(early) : undefined),
    );
    loader.focus(0);
    await new Promise((r) => setTimeout(r, 10));
    expect(loader.entries[0]).toEqual({ state: "ready", slice: early });
    expect(fetched).toEqual([]);
  });

  it("does nothing until focused, and stops starting loads when paused", async () => {
    const fetchSpy = vi.fn(async () => new Response(new Uint8Array([1])));
    vi.stubGlobal("fetch", fetchSpy);
    const loader = new SeriesLoader(refs(3), { decode: async () => ({}) as DecodedSlice }, () => undefined);
    expect(fetchSpy).not.toHaveBeenCalled();
    loader.focus(0);
    loader.pause();
    await new Promise((r) => setTimeout(r, 20));
    expect(fetchSpy.mock.calls.length).toBeLessThanOrEqual(3);
    loader.dispose();
  });
});
