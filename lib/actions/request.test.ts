// The client address of the current request as server actions and route handlers see it: Next's headers() is the
// framework's double; the configuration is parsed from the environment as in the app, and the address rule is real.
import { afterEach, describe, expect, it, vi } from "vitest";
import { PEER_HEADER } from "../rate-limit/peer-header.mjs";

const request = vi.hoisted(() => ({ headers: {} as Record<string, string> }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(request.headers) }));

/** requestIp with env (parsed once at import) read from an environment where TRUSTED_PROXY_HOPS is `hops`. */
async function requestIpWith(hops: string) {
  vi.stubEnv("TRUSTED_PROXY_HOPS", hops);
  vi.resetModules();
  return (await import("./request")).requestIp;
}

afterEach(() => vi.unstubAllEnvs());

describe("requestIp", () => {
  it("with no trusted proxy, answers the TCP peer and ignores a spoofed X-Forwarded-For", async () => {
    const requestIp = await requestIpWith("0");
    request.headers = { [PEER_HEADER]: "198.51.100.20", "x-forwarded-for": "203.0.113.66" };
    expect(await requestIp()).toBe("198.51.100.20");
  });

  it("behind one proxy, answers the last X-Forwarded-For entry (the one that proxy appended)", async () => {
    const requestIp = await requestIpWith("1");
    request.headers = { [PEER_HEADER]: "10.0.0.2", "x-forwarded-for": "203.0.113.66, 198.51.100.20" };
    expect(await requestIp()).toBe("198.51.100.20");
  });

  it("behind one proxy without X-Forwarded-For, falls back to the peer", async () => {
    const requestIp = await requestIpWith("1");
    request.headers = { [PEER_HEADER]: "10.0.0.2" };
    expect(await requestIp()).toBe("10.0.0.2");
  });
});
