// Loading the route table from a build directory (routeTable's rules are tested in csp.test.ts): a build's manifests
// are read, and without a build - or with a broken one - no page counts as cached, so every page gets a nonce.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadRouteTable } from "./cached-routes";

const dirs: string[] = [];
const dist = (files: Record<string, string>) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cached-routes-"));
  dirs.push(dir);
  for (const [name, body] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), body);
  return dir;
};
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe("loadRouteTable", () => {
  it("reads the build's routes and prerender manifests", () => {
    const t = loadRouteTable(
      dist({
        "routes-manifest.json": JSON.stringify({
          staticRoutes: [{ page: "/" }, { page: "/pricing" }],
          dynamicRoutes: [],
        }),
        "prerender-manifest.json": JSON.stringify({ routes: { "/pricing": {} }, dynamicRoutes: {} }),
      }),
    );
    expect(t.cached("/pricing")).toBe(true);
    expect(t.cached("/")).toBe(false);
  });

  it("counts nothing as cached without a build or with an unreadable manifest", () => {
    expect(loadRouteTable(path.join(os.tmpdir(), "no-such-build-dir")).cached("/pricing")).toBe(false);
    const broken = dist({ "routes-manifest.json": "{", "prerender-manifest.json": "{}" });
    expect(loadRouteTable(broken).cached("/no/such/page")).toBe(false);
    const half = dist({ "routes-manifest.json": JSON.stringify({ staticRoutes: [], dynamicRoutes: [] }) });
    expect(loadRouteTable(half).cached("/")).toBe(false);
  });
});
