import { describe, expect, it } from "vitest";
import { deferFrameworkScripts, EARLY_PAINT_ID, FALLBACK_MS } from "./defer-scripts.mjs";

// The shape Next 16 writes: async framework chunks and their low-priority preloads in <head>, the main chunk after
// the body's content, the polyfills as a noModule script.
const page = (early: boolean) =>
  `<!DOCTYPE html><html><head><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/main.js"/>` +
  `<script src="/_next/static/chunks/a.js" async=""></script><script src="/_next/static/chunks/b.js" async=""></script>` +
  `<script src="/_next/static/chunks/polyfills.js" noModule=""></script></head><body><div id="stage"></div>` +
  (early ? `<script id="${EARLY_PAINT_ID}">paint()</script>` : "") +
  `<script>self.__next_f.push([1,"x"])</script><script src="/_next/static/chunks/main.js" async=""></script></body></html>`;

/** Runs the inserted loader against a stand-in window/document; returns the srcs it appended, as they are appended. */
function runLoader(html: string, early?: { ready?: Promise<void> }) {
  const body = /<script>(\(function[\s\S]*?)<\/script><\/body>/.exec(html)?.[1];
  if (!body) throw new Error("no loader at the end of <body>");
  const appended: string[] = [];
  const timers: (() => void)[] = [];
  const document = {
    createElement: () => ({ src: "", async: false }),
    head: { appendChild: (s: { src: string; async: boolean }) => appended.push(`${s.src}${s.async ? "" : " (sync)"}`) },
  };
  const setTimeout = (fn: () => void, ms: number) => {
    expect(ms).toBe(FALLBACK_MS);
    timers.push(fn);
  };
  new Function("window", "document", "setTimeout", body)({ __viewerEarly: early }, document, setTimeout);
  return { appended, fireFallback: () => timers.forEach((t) => t()) };
}

describe("deferFrameworkScripts", () => {
  it("leaves a page without the early-paint script as it is", () => {
    expect(deferFrameworkScripts(page(false))).toBe(page(false));
  });

  it("moves the framework's async scripts and preloads into a loader at the end of <body>", () => {
    const html = deferFrameworkScripts(page(true));
    expect(html).not.toMatch(/<script src="[^"]+" async="">/);
    expect(html).not.toContain('as="script"');
    // What is not the framework's async bootstrap stays: the polyfills (ignored by modern browsers), the payload.
    expect(html).toContain('<script src="/_next/static/chunks/polyfills.js" noModule=""></script>');
    expect(html).toContain('<script>self.__next_f.push([1,"x"])</script>');
    // Outside React's tree (a direct child of <body>, after the payload), where hydration skips it.
    expect(html).toMatch(/<script>self\.__next_f[^<]*<\/script><script>\(function[\s\S]*?<\/script><\/body><\/html>$/);
  });

  it("adds the scripts, in their order, once the early paint is ready, and only once", async () => {
    let ready!: () => void;
    const { appended, fireFallback } = runLoader(deferFrameworkScripts(page(true)), {
      ready: new Promise<void>((r) => (ready = r)),
    });
    await Promise.resolve();
    expect(appended).toEqual([]);
    ready();
    await new Promise((r) => setImmediate(r));
    const all = ["/_next/static/chunks/a.js", "/_next/static/chunks/b.js", "/_next/static/chunks/main.js"];
    expect(appended).toEqual(all);
    fireFallback();
    expect(appended).toEqual(all);
  });

  it("adds them on the fallback when the early paint never settles, and at once when there is no early paint", () => {
    const stalled = runLoader(deferFrameworkScripts(page(true)), { ready: new Promise<void>(() => {}) });
    expect(stalled.appended).toEqual([]);
    stalled.fireFallback();
    expect(stalled.appended).toHaveLength(3);
    // The early-paint script failed before leaving its handoff: nothing to wait for.
    expect(runLoader(deferFrameworkScripts(page(true))).appended).toHaveLength(3);
  });

  it("adds them when the early paint fails", async () => {
    const failed = runLoader(deferFrameworkScripts(page(true)), { ready: Promise.reject(new Error("decode")) });
    await new Promise((r) => setImmediate(r));
    expect(failed.appended).toHaveLength(3);
  });

  it("cannot be broken out of by a chunk name", () => {
    const html = page(true).replace("a.js", "a</script><script>alert(1)//.js");
    // A src with "<" is not a tag Next writes: it is not touched, so no loader text can carry it.
    expect(deferFrameworkScripts(html)).not.toContain('["/_next/static/chunks/a</script>');
  });
});
