// The secret that signs next-auth tokens and the enquiry form's timing token. With AUTH_SECRET unset, a random one
// is generated once and kept in DATA_DIR so a fresh checkout works with no configuration and sessions survive
// restarts. A public production deployment must set it (several instances must share one secret).
import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { env } from "../env";
import { preparePrivateDir } from "../db/private-files.mjs";

let cached: string | undefined;

export function isLocalUrl(url: string): boolean {
  const host = new URL(url).hostname;
  return host === "localhost" || host === "127.0.0.1" || host === "[::1]" || host.endsWith(".localhost");
}

export function getAuthSecret(): string {
  if (cached) return cached;
  if (env.AUTH_SECRET) return (cached = env.AUTH_SECRET);
  if (env.NODE_ENV === "production" && !isLocalUrl(env.APP_URL)) {
    throw new Error(
      `AUTH_SECRET is required in production (APP_URL=${env.APP_URL}). Generate one with: openssl rand -base64 32`,
    );
  }
  cached = readOrCreateSecret(path.resolve(env.DATA_DIR, "auth-secret"));
  return cached;
}

function readOrCreateSecret(file: string): string {
  try {
    const existing = fs.readFileSync(file, "utf8").trim();
    if (existing.length >= 32) return existing;
  } catch {
    // not there yet: create it below
  }
  preparePrivateDir(path.dirname(file));
  const secret = crypto.randomBytes(32).toString("base64url");
  try {
    // "wx": when two processes start at once, the loser reads the winner's secret instead of overwriting it.
    fs.writeFileSync(file, secret + "\n", { mode: 0o600, flag: "wx" });
    return secret;
  } catch {
    // Another process won the race, or a file was already there (too short above): never sign with a weak secret.
    const theirs = fs.readFileSync(file, "utf8").trim();
    if (theirs.length < 32)
      throw new Error(`${file} is too short to be a secret: delete it to have a new one generated, or set AUTH_SECRET`);
    return theirs;
  }
}
