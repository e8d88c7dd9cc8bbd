// The signing secret: AUTH_SECRET when set; otherwise one generated once into DATA_DIR (private, kept across
// restarts, never overwritten by a second process) - except in production on a public URL, where it must be set.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const env = vi.hoisted(() => ({
  AUTH_SECRET: undefined as string | undefined,
  NODE_ENV: "development",
  APP_URL: "http://localhost:3000",
  DATA_DIR: "",
}));
vi.mock("../env", () => ({ env }));

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "auth-secret-"));
  Object.assign(env, {
    AUTH_SECRET: undefined,
    NODE_ENV: "development",
    APP_URL: "http://localhost:3000",
    DATA_DIR: dir,
  });
  vi.resetModules(); // a fresh module: the secret is cached per process
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const load = () => import("./secret");

describe("getAuthSecret", () => {
  it("uses AUTH_SECRET when it is set, and writes nothing", async () => {
    env.AUTH_SECRET = "s".repeat(40);
    expect((await load()).getAuthSecret()).toBe("s".repeat(40));
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it("generates one into DATA_DIR, readable only by its owner, and reads the same one after a restart", async () => {
    const first = (await load()).getAuthSecret();
    expect(first.length).toBeGreaterThanOrEqual(32);
    const file = path.join(dir, "auth-secret");
    expect(fs.statSync(file).mode & 0o077).toBe(0);
    vi.resetModules();
    expect((await load()).getAuthSecret()).toBe(first);
  });

  it("refuses a file too short to be a secret instead of signing with it", async () => {
    fs.writeFileSync(path.join(dir, "auth-secret"), "short\n");
    const { getAuthSecret } = await load();
    expect(() => getAuthSecret()).toThrow(/too short/);
  });

  it("refuses to make one up in production on a public URL, but not on a local one", async () => {
    Object.assign(env, { NODE_ENV: "production", APP_URL: "https://data.example.com" });
    const { getAuthSecret } = await load();
    expect(() => getAuthSecret()).toThrow(/AUTH_SECRET is required in production/);
    vi.resetModules();
    Object.assign(env, { APP_URL: "http://127.0.0.1:3000" });
    expect((await load()).getAuthSecret().length).toBeGreaterThanOrEqual(32);
  });
});

describe("isLocalUrl", () => {
  it("knows loopback names and addresses", async () => {
    const { isLocalUrl } = await load();
    expect(
      ["http://localhost:3000", "http://127.0.0.1", "http://[::1]:8080", "http://app.localhost"].map(isLocalUrl),
    ).toEqual([true, true, true, true]);
    expect(isLocalUrl("https://localhost.example.com")).toBe(false);
  });
});
