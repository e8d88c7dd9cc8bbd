import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";

describe("clientIp", () => {
  it("takes the entry the nearest trusted proxy added, not what the client claims", () => {
    expect(clientIp("203.0.113.9", 1)).toBe("203.0.113.9");
    expect(clientIp("6.6.6.6, 203.0.113.9", 1)).toBe("203.0.113.9");
    expect(clientIp("6.6.6.6, 203.0.113.9, 10.0.0.2", 2)).toBe("203.0.113.9");
    expect(clientIp("203.0.113.9", 3)).toBe("203.0.113.9");
  });

  it("normalises IPv6: mapped v4 as v4, others per /64", () => {
    expect(clientIp("::ffff:127.0.0.1", 1)).toBe("127.0.0.1");
    expect(clientIp("2001:db8:1:2:aaaa::1", 1)).toBe("2001:db8:1:2::/64");
    expect(clientIp("2001:db8:1:2:bbbb::9", 1)).toBe("2001:db8:1:2::/64");
  });

  it("answers something stable without a header", () => {
    expect(clientIp(null, 1)).toBe("unknown");
  });
});
