import { describe, expect, it } from "vitest";
import { WIDE_SCREEN } from "@/components/viewer/decode/early-paint";
import {
  deferFrameworkScripts,
  deferredScriptSrcs,
  EARLY_PAINT_ID,
  FALLBACK_MS,
  NARROW_SCREEN,
} from "./defer-scripts.mjs";

// The shape Next 16 writes: async framework chunks and their low-priority preloads in <head>, the main chunk after
// the body's content, the polyfills as a noModule script.
const page = (early: boolean) =>
  `<!DOCTYPE html><html><head><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/main.js"/>` +
  `<script src="/_next/static/chunks/a.js" async=""></script><script src="/_next/static/chunks/b.js" async=""></script>` +
  `<script src="/_next/static/chunks/polyfills.js" noModule=""></script></head><body><div id="stage"></div>` +
  (early ? `<script id="${EARLY_PAINT_ID}">paint()</script>` : "") +
  `<script>self.__next_f.push([1,"x"])</script><script src="/_next/static/chunks/main.js" async=""></script></body></html>`;
const ALL = ["/_next/static/chunks/a.js", "/_next/static/chunks/b.js", "/_next/static/chunks/main.js"];

interface Stand {
  narrow?: boolean;
  parsing?: boolean;
  early?: { ready?: Promise<void> };
}

/**
 * Runs the page's loader against a stand-in window/document; returns the srcs it appended (as they are appended) and
 * handles to end the parse and fire the fallback timer.
 */
function runLoader(html: string, { narrow = false, parsing = false, early }: Stand) {
  const body = /<script>(\(function loadFrameworkWhenReady[\s\S]*?)<\/script><\/head>/.exec(html)?.[1];
  if (!body) throw new Error("no loader at the end of <head>");
  const appended: string[] = [];
  const timers: (() => void)[] = [];
  const parsed: (() => void)[] = [];
  const window: { __viewerEarly?: Stand["early"] } = {};
  const document = {
    readyState: parsing ? "loading" : "interactive",
    addEventListener: (type: string, fn: () => void) => type === "DOMContentLoaded" && parsed.push(fn),
    createElement: () => ({ src: "", async: false }),
    head: { appendChild: (s: { src: string; async: boolean }) => appended.push(`${s.src}${s.async ? "" : " (sync)"}`) },
  };
  const matchMedia = (q: string) => {
    expect(q).toBe(NARROW_SCREEN);
    return { matches: narrow };
  };
  const setTimeout = (fn: () => void, ms: number) => {
    expect(ms).toBe(FALLBACK_MS);
    timers.push(fn);
  };
  if (!parsing) window.__viewerEarly = early;
  new Function("window", "document", "matchMedia", "setTimeout", body)(window, document, matchMedia, setTimeout);
  return {
    appended,
    endParse: () => {
      window.__viewerEarly = early; // the early-paint script, later in the document, has run
      parsed.forEach((fn) => fn());
    },
    fireFallback: () => timers.forEach((t) => t()),
  };
}
const settle = () => new Promise((r) => setImmediate(r));

describe("deferFrameworkScripts", () => {
  it("leaves a page without the early-paint script as it is", () => {
    expect(deferFrameworkScripts(page(false))).toBe(page(false));
  });

  it("moves the framework's async scripts and preloads into one loader at the end of <head>", () => {
    const html = deferFrameworkScripts(page(true));
    expect(html).not.toMatch(/<script src="[^"]+" async="">/);
    // Next's own preloads (for every screen) are gone; the loader's carry a phone-only media query.
    expect(html).not.toMatch(/<link rel="preload" as="script" fetchPriority="low" href="[^"]+"\/>/);
    // What is not the framework's async bootstrap stays: the polyfills (ignored by modern browsers), the payload.
    expect(html).toContain('<script src="/_next/static/chunks/polyfills.js" noModule=""></script>');
    expect(html).toContain(
      `<script id="${EARLY_PAINT_ID}">paint()</script><script>self.__next_f.push([1,"x"])</script>`,
    );
    // In <head>, where React's hydration skips what it did not render, after a preload of each script for phones.
    expect(html).toMatch(/<script>\(function loadFrameworkWhenReady[\s\S]*?<\/script><\/head><body>/);
    const head = html.slice(0, html.indexOf("<script>(function loadFrameworkWhenReady"));
    for (const src of ALL)
      expect(head).toContain(
        `<link rel="preload" as="script" fetchPriority="low" href="${src}" media="${NARROW_SCREEN}"/>`,
      );
  });

  it("on a wide screen adds the scripts, in their order and once, after the parse, when the early paint is ready", async () => {
    let ready!: () => void;
    const run = runLoader(deferFrameworkScripts(page(true)), {
      parsing: true,
      early: { ready: new Promise<void>((r) => (ready = r)) },
    });
    run.endParse();
    await settle();
    expect(run.appended).toEqual([]);
    ready();
    await settle();
    expect(run.appended).toEqual(ALL);
    run.fireFallback();
    expect(run.appended).toEqual(ALL);
  });

  it("on a phone adds them at once, while the page is still parsing", () => {
    const run = runLoader(deferFrameworkScripts(page(true)), {
      narrow: true,
      parsing: true,
      early: { ready: new Promise<void>(() => {}) },
    });
    expect(run.appended).toEqual(ALL);
  });

  it("adds them on the fallback when the early paint never settles, when it fails, and when there is none", async () => {
    const stalled = runLoader(deferFrameworkScripts(page(true)), { early: { ready: new Promise<void>(() => {}) } });
    expect(stalled.appended).toEqual([]);
    stalled.fireFallback();
    expect(stalled.appended).toEqual(ALL);
    const failed = runLoader(deferFrameworkScripts(page(true)), { early: { ready: Promise.reject(new Error("x")) } });
    await settle();
    expect(failed.appended).toEqual(ALL);
    // The early-paint script failed before leaving its handoff: nothing to wait for.
    expect(runLoader(deferFrameworkScripts(page(true)), {}).appended).toEqual(ALL);
  });

  it("cannot be broken out of by a chunk name", () => {
    const html = page(true).replace("a.js", "a</script><script>alert(1)//.js");
    // A src with "<" is not a tag Next writes: it is not touched, so no loader text can carry it.
    expect(deferFrameworkScripts(html)).not.toContain('["/_next/static/chunks/a</script>');
  });

  it("tells which scripts a page's loader adds (bench:pages counts them as the page's JavaScript)", () => {
    expect(deferredScriptSrcs(deferFrameworkScripts(page(true)))).toEqual(ALL);
    expect(deferredScriptSrcs(page(true))).toEqual([]);
  });

  it("starts at once on exactly the screens where the early paint waits for the JPG (no width gets both or neither)", () => {
    const wide = Number(/^\(min-width: ([\d.]+)px\)$/.exec(WIDE_SCREEN)?.[1]);
    const narrow = Number(/^\(max-width: ([\d.]+)px\)$/.exec(NARROW_SCREEN)?.[1]);
    expect(narrow).toBeLessThan(wide);
    expect(wide - narrow).toBeLessThanOrEqual(0.02); // CSS pixels can be fractional at a zoom level; keep the gap tiny
  });
});
