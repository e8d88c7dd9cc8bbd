import { describe, expect, it } from "vitest";
import { canonicalIp, clientIp, ipRateKey } from "./client-ip";

const peer = "192.0.2.10";

describe("clientIp", () => {
  it("trusts no proxy by default: the socket peer, whatever X-Forwarded-For claims", () => {
    expect(clientIp({ forwardedFor: "6.6.6.6", peer }, 0)).toBe(peer);
    expect(clientIp({ forwardedFor: "6.6.6.6, 7.7.7.7", peer }, 0)).toBe(peer);
    expect(clientIp({ forwardedFor: null, peer: "::ffff:127.0.0.1" }, 0)).toBe("127.0.0.1");
  });

  it("behind proxies takes the entry the nearest trusted proxy added, not what the client claims", () => {
    expect(clientIp({ forwardedFor: "203.0.113.9", peer }, 1)).toBe("203.0.113.9");
    expect(clientIp({ forwardedFor: "6.6.6.6, 203.0.113.9", peer }, 1)).toBe("203.0.113.9");
    expect(clientIp({ forwardedFor: "6.6.6.6, 203.0.113.9, 10.0.0.2", peer }, 2)).toBe("203.0.113.9");
  });

  it("falls back to the peer when the proxies left too few or invalid entries", () => {
    expect(clientIp({ forwardedFor: "203.0.113.9", peer }, 3)).toBe(peer);
    expect(clientIp({ forwardedFor: "", peer }, 1)).toBe(peer);
    expect(clientIp({ forwardedFor: "not-an-address", peer }, 1)).toBe(peer);
    expect(clientIp({ forwardedFor: `${"a:".repeat(40)}1`, peer }, 1)).toBe(peer);
  });

  it("answers something stable with nothing to go on", () => {
    expect(clientIp({}, 0)).toBe("unknown");
    expect(clientIp({ forwardedFor: "6.6.6.6" }, 0)).toBe("unknown");
  });
});

describe("canonicalIp", () => {
  it("writes IPv6 in its short canonical form and IPv4-mapped addresses as IPv4", () => {
    expect(canonicalIp("2001:0DB8:0000:0000:0000:0000:0000:0001")).toBe("2001:db8::1");
    expect(canonicalIp("[2001:db8::1]")).toBe("2001:db8::1");
    expect(canonicalIp("fe80::1%eth0")).toBe("fe80::1");
    expect(canonicalIp("::ffff:203.0.113.9")).toBe("203.0.113.9");
    expect(canonicalIp(" 203.0.113.9 ")).toBe("203.0.113.9");
  });

  it("refuses anything that is not an address", () => {
    for (const bad of [
      "",
      "unknown",
      "1",
      "0x7f.0.0.1",
      "999.1.1.1",
      "1.2.3.4:80",
      "2001:db8::1::2",
      "1.2.3.4\n5",
      "a".repeat(100),
    ]) {
      expect(canonicalIp(bad), bad).toBeNull();
    }
  });
});

describe("ipRateKey", () => {
  it("groups IPv6 per /64 and leaves IPv4 alone", () => {
    expect(ipRateKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(ipRateKey("2001:db8:1:2:bbbb::9")).toBe("2001:db8:1:2::/64");
    expect(ipRateKey("203.0.113.9")).toBe("203.0.113.9");
    expect(ipRateKey("unknown")).toBe("unknown");
  });
});
