import { describe, expect, it } from "vitest";
import { etagMatches, notModified, SAMPLE_CACHE_CONTROL, strongEtag } from "./http-cache";

describe("etagMatches", () => {
  const etag = strongEtag("abc123");

  it("matches the exact tag, a weak form of it and a list containing it", () => {
    expect(etagMatches('"abc123"', etag)).toBe(true);
    expect(etagMatches('W/"abc123"', etag)).toBe(true);
    expect(etagMatches('"zzz", "abc123" ,W/"yyy"', etag)).toBe(true);
  });

  it("matches * and nothing else", () => {
    expect(etagMatches("*", etag)).toBe(true);
    expect(etagMatches(null, etag)).toBe(false);
    expect(etagMatches("", etag)).toBe(false);
    expect(etagMatches('"abc12"', etag)).toBe(false);
    expect(etagMatches("abc123", etag)).toBe(false); // unquoted is not the same opaque tag
  });
});

describe("notModified", () => {
  it("is a bodiless 304 that repeats the validator", async () => {
    const r = notModified('"x"');
    expect(r.status).toBe(304);
    expect(r.headers.get("etag")).toBe('"x"');
    expect(r.headers.get("cache-control")).toMatch(/max-age/);
    expect(await r.text()).toBe("");
  });
});

describe("sample file caching", () => {
  it("is fresh for a minute at most and then revalidated, in every cache", () => {
    const maxAge = Number(/max-age=(\d+)/.exec(SAMPLE_CACHE_CONTROL)?.[1]);
    expect(maxAge).toBeGreaterThan(0);
    expect(maxAge).toBeLessThanOrEqual(60);
    expect(SAMPLE_CACHE_CONTROL).toContain("must-revalidate");
    expect(SAMPLE_CACHE_CONTROL).not.toMatch(/stale-while-revalidate|stale-if-error|s-maxage/);
  });
});
