// The client address for rate limiting. Next sets X-Forwarded-For to the socket address when no proxy did; behind
// proxies each appends the address it saw, so the trustworthy entry is `hops` places from the right. Entries further
// left are whatever the client sent and must not be believed.
export function clientIp(forwardedFor: string | null | undefined, hops: number): string {
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const picked = entries[Math.max(0, entries.length - hops)] ?? "unknown";
  return normaliseIp(picked);
}

function normaliseIp(ip: string): string {
  const v4mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (v4mapped?.[1]) return v4mapped[1];
  // IPv6 clients can rotate through their /64 at will: count them per /64 prefix.
  if (ip.includes(":")) return ip.toLowerCase().split(":").slice(0, 4).join(":") + "::/64";
  return ip.slice(0, 64);
}
