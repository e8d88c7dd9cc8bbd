// Delivery route URLs: every caller-supplied part is one encoded path segment or query value.
import { describe, expect, it } from "vitest";
import { deliveryUrls } from "./urls";

describe("deliveryUrls", () => {
  it("builds each route from plain ids", () => {
    expect(deliveryUrls.sampleArchive("s1")).toBe("/api/preview/studies/s1/archive");
    expect(deliveryUrls.download("lic1", "1.2.840.1")).toBe("/api/delivery/licences/lic1/studies/1.2.840.1.zip");
    expect(deliveryUrls.tokenDownload("lic1", "tok", "1.2.3")).toBe("/api/delivery/licences/lic1/t/tok/1.2.3.zip");
    expect(deliveryUrls.manifest("lic1", "csv")).toBe("/api/delivery/licences/lic1/manifest?format=csv");
  });

  it("encodes slashes, dots-only ids, query characters and spaces so no part can change the path", () => {
    const u = new URL(deliveryUrls.tokenDownload("a/../b", "t?x=1#f", "u v"), "http://h");
    expect(u.pathname).toBe("/api/delivery/licences/a%2F..%2Fb/t/t%3Fx%3D1%23f/u%20v.zip");
    expect(u.search).toBe("");
    expect(u.hash).toBe("");
  });

  it("puts the manifest format and extras in the query, encoded, with format first", () => {
    const u = new URL(deliveryUrls.manifest("l 1", "aria2", { token: "a&b=c", cursor: "x y" }), "http://h");
    expect(u.pathname).toBe("/api/delivery/licences/l%201/manifest");
    expect([...u.searchParams]).toEqual([
      ["format", "aria2"],
      ["token", "a&b=c"],
      ["cursor", "x y"],
    ]);
  });
});
