import { describe, expect, it } from "vitest";
import {
  authorisedRevalidation,
  notifyStorefront,
  REVALIDATE_PATH,
  revalidationTargets,
  revalidationToken,
  thenNotify,
} from "./revalidation";

const SECRET = "s".repeat(40);

describe("the revalidation token", () => {
  it("is accepted only as the bearer token derived from the same secret", () => {
    const token = revalidationToken(SECRET);
    expect(authorisedRevalidation(`Bearer ${token}`, SECRET)).toBe(true);
    expect(authorisedRevalidation(`Bearer ${token}`, "t".repeat(40))).toBe(false);
    expect(authorisedRevalidation(`Bearer ${token.slice(1)}`, SECRET)).toBe(false);
    expect(authorisedRevalidation(token, SECRET)).toBe(false);
    expect(authorisedRevalidation(null, SECRET)).toBe(false);
    // The secret itself is not the token (a leaked token does not give away the session-signing secret).
    expect(authorisedRevalidation(`Bearer ${SECRET}`, SECRET)).toBe(false);
  });
});

describe("revalidationTargets", () => {
  it("lists REVALIDATE_URLS, else APP_URL", () => {
    expect(revalidationTargets({ APP_URL: "http://a:1" })).toEqual(["http://a:1"]);
    expect(revalidationTargets({ APP_URL: "http://a:1", REVALIDATE_URLS: " http://b:2 , http://c:3,," })).toEqual([
      "http://b:2",
      "http://c:3",
    ]);
  });
});

describe("notifyStorefront", () => {
  it("posts the token to every instance and reports failures without throwing", async () => {
    const calls: { url: string; auth: string | null; method: string | undefined }[] = [];
    const fakeFetch = (async (url: string, init?: RequestInit) => {
      calls.push({ url, auth: new Headers(init?.headers).get("authorization"), method: init?.method });
      if (url.startsWith("http://down")) throw new Error("connect ECONNREFUSED");
      return new Response(null, { status: url.startsWith("http://b") ? 401 : 204 });
    }) as typeof fetch;
    const results = await notifyStorefront({
      urls: ["http://a:1", "http://b:2/", "http://down:3"],
      secret: SECRET,
      fetch: fakeFetch,
    });
    expect(calls.map((c) => c.url)).toEqual([
      `http://a:1${REVALIDATE_PATH}`,
      `http://b:2${REVALIDATE_PATH}`,
      `http://down:3${REVALIDATE_PATH}`,
    ]);
    expect(calls.every((c) => c.method === "POST" && c.auth === `Bearer ${revalidationToken(SECRET)}`)).toBe(true);
    expect(results.map((r) => [r.ok, r.detail])).toEqual([
      [true, "204"],
      [false, "401"],
      [false, "connect ECONNREFUSED"],
    ]);
  });
});

describe("thenNotify", () => {
  it("notifies after a job succeeded, never after one that failed", async () => {
    let notices = 0;
    const notice = async () => void notices++;
    const ok = thenNotify(async (n: number) => n * 2, notice);
    expect(await ok(21)).toBe(42);
    expect(notices).toBe(1);
    const failing = thenNotify(async () => {
      throw new Error("import failed");
    }, notice);
    await expect(failing()).rejects.toThrow("import failed");
    expect(notices).toBe(1);
  });
});
