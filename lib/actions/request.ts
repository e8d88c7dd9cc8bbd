import "server-only";
import { headers } from "next/headers";
import { env } from "../env";
import { clientIp } from "../rate-limit/client-ip";
import { PEER_HEADER } from "../rate-limit/peer-header.mjs";

/** The client address of the current request (lib/rate-limit/client-ip.ts says which one that is). */
export async function requestIp(): Promise<string> {
  const h = await headers();
  return clientIp({ forwardedFor: h.get("x-forwarded-for"), peer: h.get(PEER_HEADER) }, env.TRUSTED_PROXY_HOPS);
}
