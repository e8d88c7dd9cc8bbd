// The cross-site guard: only a request whose Origin is this site's (and whose Sec-Fetch-Site, when sent, says
// same-origin) passes; everything a cross-site page or a header-less client can send is refused.
import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./same-origin";

const APP = "https://data.example.org/some/path";
const h = (init: Record<string, string>) => new Headers(init);

describe("isSameOrigin", () => {
  it("accepts this site's origin, with or without Sec-Fetch-Site: same-origin", () => {
    expect(isSameOrigin(h({ origin: "https://data.example.org" }), APP)).toBe(true);
    expect(isSameOrigin(h({ origin: "https://data.example.org", "sec-fetch-site": "same-origin" }), APP)).toBe(true);
  });

  it("refuses Sec-Fetch-Site other than same-origin even when Origin matches", () => {
    for (const site of ["same-site", "cross-site", "none"]) {
      expect(isSameOrigin(h({ origin: "https://data.example.org", "sec-fetch-site": site }), APP)).toBe(false);
    }
  });

  it("refuses a missing, null or different origin", () => {
    expect(isSameOrigin(h({}), APP)).toBe(false);
    expect(isSameOrigin(h({ origin: "null" }), APP)).toBe(false);
    expect(isSameOrigin(h({ origin: "https://evil.example" }), APP)).toBe(false);
    // Scheme, port and subdomain are part of the origin.
    expect(isSameOrigin(h({ origin: "http://data.example.org" }), APP)).toBe(false);
    expect(isSameOrigin(h({ origin: "https://data.example.org:8443" }), APP)).toBe(false);
    expect(isSameOrigin(h({ origin: "https://evil.data.example.org" }), APP)).toBe(false);
    expect(isSameOrigin(h({ origin: "https://data.example.org.evil.example" }), APP)).toBe(false);
  });

  it("compares against the origin of APP_URL, default port dropped", () => {
    expect(isSameOrigin(h({ origin: "https://data.example.org" }), "https://data.example.org:443/")).toBe(true);
    expect(isSameOrigin(h({ origin: "http://localhost:3000" }), "http://localhost:3000")).toBe(true);
    expect(isSameOrigin(h({ origin: "http://localhost:3001" }), "http://localhost:3000")).toBe(false);
  });
});
