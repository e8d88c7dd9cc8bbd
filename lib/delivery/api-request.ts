// Reads what the delivery handlers need from a Node request (a Next.js API route's req, or a plain Node server's).
import type { IncomingMessage } from "node:http";
import { SESSION_COOKIE } from "../auth/cookies";
import { clientIp } from "../rate-limit/client-ip";
import { cookieValue, type Credentials } from "./caller";

export function credentialsFrom(req: IncomingMessage, urlToken: string | null): Credentials {
  return {
    sessionToken: cookieValue(req.headers.cookie, SESSION_COOKIE),
    authorization: req.headers.authorization ?? null,
    urlToken,
  };
}

export function ipFrom(req: IncomingMessage, trustedHops: number): string | null {
  const fwd = req.headers["x-forwarded-for"];
  return clientIp(
    { forwardedFor: Array.isArray(fwd) ? fwd.join(",") : fwd, peer: req.socket.remoteAddress },
    trustedHops,
  );
}

export const one = (v: string | string[] | undefined): string | null => (typeof v === "string" ? v : null);
