// The client address for rate limits, audit rows and enquiries. With no trusted proxy (the default) it is the TCP
// peer's address, which the app's server passes on in PEER_HEADER; X-Forwarded-For is whatever the client sent and
// is ignored. Behind `hops` proxies, each appending the address it saw, the trustworthy entry is `hops` places from
// the right; entries further left are the client's own claims. Every address is validated and written in one
// canonical form, so a crafted value can neither forge an address nor mint endless rate-limit keys.
import ipaddr from "ipaddr.js";

export const UNKNOWN_IP = "unknown";

export function clientIp(source: { forwardedFor?: string | null; peer?: string | null }, hops: number): string {
  if (hops > 0) {
    const entries = (source.forwardedFor ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    // Fewer entries than proxies: the nearest proxy's own peer is the best we know.
    const picked = entries.length >= hops ? canonicalIp(entries[entries.length - hops]!) : null;
    if (picked) return picked;
  }
  return canonicalIp(source.peer ?? "") ?? UNKNOWN_IP;
}

/** A valid IPv4 or IPv6 address in canonical form (IPv4-mapped IPv6 as IPv4, zone dropped), or null. */
export function canonicalIp(raw: string): string | null {
  const value = raw.trim().replace(/^\[(.*)\]$/, "$1");
  if (value.length > 64 || !ipaddr.isValid(value)) return null;
  // Only the four-part dotted form for IPv4: "1", "0x7f.1" or "010.0.0.1" are legal to inet_aton but not addresses.
  if (!value.includes(":") && !ipaddr.IPv4.isValidFourPartDecimal(value)) return null;
  let addr = ipaddr.parse(value);
  if (addr.kind() === "ipv6" && (addr as ipaddr.IPv6).isIPv4MappedAddress())
    addr = (addr as ipaddr.IPv6).toIPv4Address();
  if (addr.kind() === "ipv6") (addr as ipaddr.IPv6).zoneId = undefined;
  return addr.toString();
}

/** The rate-limit key for an address: IPv6 clients can rotate through their /64 at will, so they count per /64. */
export function ipRateKey(ip: string): string {
  if (!ip.includes(":") || !ipaddr.IPv6.isValid(ip)) return ip;
  const parts = ipaddr.IPv6.parse(ip).parts.slice(0, 4);
  return `${ipaddr.IPv6.parse([...parts, 0, 0, 0, 0].map((p) => p.toString(16)).join(":")).toString()}/64`;
}
