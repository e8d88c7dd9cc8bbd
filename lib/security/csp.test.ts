import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { routeTable } from "./cached-routes";
import { contentSecurityPolicy, inlineScriptHashes, newNonce } from "./csp.mjs";
import { servable, withPagePolicy } from "./csp-cache-handler.mjs";
import { EARLY_PAINT_ID } from "../storefront/defer-scripts.mjs";
import { securityHeaders } from "./headers.mjs";

const sha = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;
const directive = (policy: string, name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `));

describe("contentSecurityPolicy", () => {
  it("allows scripts from this origin and the given sources, never unsafe-inline", () => {
    const p = contentSecurityPolicy({ scriptSources: ["'nonce-abc'"] });
    expect(directive(p, "script-src")).toBe("script-src 'self' 'nonce-abc' 'wasm-unsafe-eval'");
    expect(p).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(directive(p, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(p, "object-src")).toBe("object-src 'none'");
    expect(p).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy({ scriptSources: [], https: true })).toContain("upgrade-insecure-requests");
    expect(directive(contentSecurityPolicy({ scriptSources: [], dev: true }), "script-src")).toContain("'unsafe-eval'");
  });

  it("nonces are fresh", () => {
    expect(newNonce()).not.toBe(newNonce());
    expect(newNonce()).toMatch(/^[A-Za-z0-9+/]{24}$/);
  });
});

describe("inlineScriptHashes", () => {
  it("hashes the exact text of each inline script, skips external and empty ones", () => {
    const a = 'self.__next_f.push([1,"x"])';
    const b = "\n(function(){ return '<b>'; })()\n";
    const html = `<head><script src="/a.js" async=""></script><script>${a}</script></head><body><script id="x">${b}</script><script></script><script>${a}</script></body>`;
    expect(inlineScriptHashes(html)).toEqual([sha(a), sha(b)]);
  });
});

describe("the cache handler's page policy", () => {
  it("adds the hashes of the cached HTML's inline scripts to the entry's headers, in place", () => {
    const headers = { "x-nextjs-stale-time": "300" };
    const value = { kind: "APP_PAGE", html: "<script>go()</script>", headers };
    withPagePolicy(value);
    expect(headers).toHaveProperty("content-security-policy");
    expect(directive((headers as Record<string, string>)["content-security-policy"]!, "script-src")).toContain(
      sha("go()"),
    );
    // Marked shareable for a second by a reverse proxy (nginx micro-cache); route handlers decide for themselves.
    expect((headers as Record<string, string>)["x-accel-expires"]).toBe("1");
    const route = { kind: "APP_ROUTE", body: Buffer.from(""), headers: {} };
    expect(withPagePolicy(route).headers).toEqual({});
  });

  it("defers the study page's framework scripts before hashing, so the policy allows the loader that replaces them", () => {
    const html =
      `<html><head><script src="/_next/static/chunks/a.js" async=""></script></head>` +
      `<body><script id="${EARLY_PAINT_ID}">paint()</script></body></html>`;
    const value = { kind: "APP_PAGE", html, headers: {} as Record<string, string> };
    withPagePolicy(value);
    const loader = /<script>(\(function loadFrameworkWhenReady[\s\S]*?)<\/script>/.exec(value.html)?.[1];
    expect(loader).toBeDefined();
    expect(value.html).not.toContain('async=""');
    const scripts = directive(value.headers["content-security-policy"]!, "script-src")!;
    expect(scripts).toContain(sha(loader!));
    expect(scripts).toContain(sha("paint()"));
  });
});

describe("the cache handler's payload rewrite", () => {
  it("drops the stylesheet's copy from the inline payload before hashing, so the policy allows the script as served", () => {
    const css = ".a{color:red}";
    const style = `<style data-precedence="next" data-href="/_next/static/chunks/a.css">${css}</style>`;
    const served = 'self.__next_f.push([1,"2:T0,3:null\\n"])';
    const html = `<html><head>${style}</head><body><script>self.__next_f.push([1,"2:Td,${css}3:null\\n"])</script></body></html>`;
    const value = { kind: "APP_PAGE", html, headers: {} as Record<string, string> };
    withPagePolicy(value);
    expect(value.html).toContain(`<script>${served}</script>`);
    expect(value.html).toContain(style);
    expect(directive(value.headers["content-security-policy"]!, "script-src")).toContain(sha(served));
  });
});

describe("the cache handler's start-up rule", () => {
  it("serves page entries written since this process started, never older ones (the build's placeholders)", () => {
    const started = 1_000_000;
    const page = (lastModified: number | undefined) => ({ lastModified, value: { kind: "APP_PAGE", html: "" } });
    expect(servable(page(started), started)).toBe(true);
    expect(servable(page(started + 5), started)).toBe(true);
    expect(servable(page(started - 1), started)).toBe(false);
    expect(servable(page(undefined), started)).toBe(false);
    // Other kinds (route handlers, fetch data) and misses pass through unchanged.
    expect(servable({ lastModified: 0, value: { kind: "APP_ROUTE" } }, started)).toBe(true);
    expect(servable(null, started)).toBe(true);
  });
});

describe("routeTable", () => {
  const table = routeTable(
    {
      staticRoutes: [{ page: "/" }, { page: "/pricing" }, { page: "/enquire" }],
      dynamicRoutes: [
        { page: "/preview/[study]", regex: "^/preview/([^/]+?)(?:/)?$" },
        { page: "/desk/enquiries/[id]", regex: "^/desk/enquiries/([^/]+?)(?:/)?$" },
      ],
    },
    {
      routes: { "/pricing": {}, "/_not-found": {} },
      dynamicRoutes: { "/preview/[study]": { routeRegex: "^/preview/([^/]+?)(?:/)?$" } },
    },
  );
  it("tells cached pages (static, ISR, the 404 page) from pages rendered per request", () => {
    expect(table.cached("/pricing")).toBe(true);
    expect(table.cached("/pricing/")).toBe(true);
    expect(table.cached("/preview/abc")).toBe(true);
    expect(table.cached("/no/such/page")).toBe(true);
    expect(table.cached("/")).toBe(false);
    expect(table.cached("/enquire")).toBe(false);
    expect(table.cached("/desk/enquiries/1")).toBe(false);
  });
});

describe("securityHeaders", () => {
  it("sends HSTS only when the app is served over https", () => {
    const keys = (https: boolean) => securityHeaders({ https }).map((h) => h.key);
    expect(keys(false)).toEqual(["X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy"]);
    expect(keys(true)).toContain("Strict-Transport-Security");
  });
});
