// The cut-down copies of the study page that `bench:viewer --decompose` measures, and the proxy that serves them.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startVariantServer, VARIANTS } from "./viewer-variants.mjs";

const variant = (name: string) => VARIANTS[name]![1];

// The shape of the cached study page: the stylesheet inlined in <head>, the site's header, the stage (with nested
// markup) in a grid beside an aside, the early-paint script after it, and React's payload at the end of <body>.
const stage =
  '<div tabindex="0" data-testid="viewer-stage" class="relative"><img src="/s/jpg" elementtiming="viewer-first-slice"/>' +
  '<canvas class="invisible"></canvas><div class="overlay"><div>L</div><div>R</div></div></div>';
const page =
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><style data-precedence="next">.relative{position:relative}</style>' +
  '<script>(function loadFrameworkWhenReady(){})()</script></head><body class="min-h-screen">' +
  '<header><nav>Main</nav></header><main><div class="grid"><div class="min-w-0">' +
  stage +
  '<div role="toolbar"><button>Zoom</button></div></div><aside>Report</aside></div>' +
  '<script id="viewer-early-paint">(function d(){})("/s/dicom")</script></main><footer>Footer</footer>' +
  '<script>self.__next_f.push([0])</script><script>self.__next_f.push([1,"2:T5,@layer"])</script></body></html>';

describe("the page's cut-down copies", () => {
  it("full is the page itself", () => {
    expect(variant("full")(page)).toBe(page);
  });

  it("no-flight-data drops React's payload scripts and nothing else", () => {
    const out = variant("no-flight-data")(page);
    expect(out).not.toContain("__next_f");
    expect(out).toBe(page.replace(/<script>self\.__next_f[^<]*<\/script>/g, ""));
  });

  it("no-stylesheet drops the inlined stylesheet and nothing else", () => {
    const out = variant("no-stylesheet")(page);
    expect(out).not.toContain("<style");
    expect(out).toContain(stage);
    expect(out).toContain("__next_f");
  });

  it("stage-only keeps the <head>, the whole stage and the early-paint script, and drops the rest of <body>", () => {
    const out = variant("stage-only")(page);
    expect(out).toContain('<style data-precedence="next">');
    expect(out).toContain("loadFrameworkWhenReady");
    expect(out).toContain(stage);
    expect(out).toContain('<script id="viewer-early-paint">');
    for (const gone of ["<header", 'role="toolbar"', "<aside", "<footer", "__next_f"]) expect(out).not.toContain(gone);
    expect(out.endsWith("</main></body></html>")).toBe(true);
  });

  it("stage-only-no-stylesheet drops both", () => {
    const out = variant("stage-only-no-stylesheet")(page);
    expect(out).not.toContain("<style");
    expect(out).toContain(stage);
    expect(out).not.toContain("<aside");
  });

  it("says what is missing when the page has no stage or an unclosed one", () => {
    expect(() => variant("stage-only")("<html><body><p>404</p></body></html>")).toThrow(/no viewer stage/);
    expect(() => variant("stage-only")('<body><div data-testid="viewer-stage"><div></div>')).toThrow(/not closed/);
  });
});

describe("the variant server", () => {
  let app: http.Server;
  let server: { url: (name: string) => string; close: () => Promise<void> };
  let appUrl: string;

  beforeAll(async () => {
    app = http.createServer((req, res) => {
      if (req.url === "/preview/s1") return res.writeHead(200, { "content-type": "text/html" }).end(page);
      if (req.url === "/s/jpg") return res.writeHead(200, { "content-type": "image/jpeg", "x-from": "app" }).end("JPG");
      res.writeHead(404).end("nope");
    });
    await new Promise<void>((r) => app.listen(0, "127.0.0.1", r));
    appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
    // Port 0 is not reported back by the server's url(); take a free port first.
    const probe = http.createServer();
    await new Promise<void>((r) => probe.listen(0, "127.0.0.1", r));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((r) => probe.close(r));
    server = await startVariantServer({ port, pageUrl: `${appUrl}/preview/s1` });
  });
  afterAll(async () => {
    await server.close();
    await new Promise((r) => app.close(r));
  });

  it("serves each copy of the page, fetched from the app", async () => {
    const res = await fetch(server.url("stage-only"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    expect(await res.text()).toBe(variant("stage-only")(page));
  });

  it("answers 404 for a copy it does not know", async () => {
    expect((await fetch(server.url("no-such-copy"))).status).toBe(404);
  });

  it("passes every other request on to the app, status and headers included", async () => {
    const base = server.url("full").replace(/\/variant\/full$/, "");
    const jpg = await fetch(`${base}/s/jpg`);
    expect(jpg.status).toBe(200);
    expect(jpg.headers.get("x-from")).toBe("app");
    expect(await jpg.text()).toBe("JPG");
    expect((await fetch(`${base}/missing`)).status).toBe(404);
  });
});
