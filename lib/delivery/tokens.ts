// Download tokens (one licence, carried in manifest links) and personal API tokens (any licence of the maker's
// organisation, sent as `Authorization: Bearer`). The token is 256 random bits shown once; only its SHA-256 is stored,
// so a copy of the database holds nothing that downloads. Every use re-checks revocation, expiry and the maker.
import crypto from "node:crypto";
import type { Db } from "../db/create-client";
import { AppError } from "../errors/app-error";

export type TokenKind = "DOWNLOAD" | "API";
export const TOKEN_PREFIX: Record<TokenKind, string> = { DOWNLOAD: "dl_", API: "pat_" };
const SHAPE = /^(dl|pat)_[A-Za-z0-9_-]{43}$/;

export const hashToken = (token: string) => crypto.createHash("sha256").update(token).digest("hex");

export function newToken(kind: TokenKind): string {
  return `${TOKEN_PREFIX[kind]}${crypto.randomBytes(32).toString("base64url")}`;
}

export interface TokenMaker {
  id: string;
  role: string;
  organizationId: string | null;
}

export interface CreateTokenInput {
  kind: TokenKind;
  name: string;
  /** DOWNLOAD tokens only: the licence the token downloads from (must belong to the maker's organisation). */
  licenceId?: string;
  ttlDays: number;
}

export interface CreatedToken {
  /** The only time the plain token exists outside the client: show it once. */
  token: string;
  id: string;
  prefix: string;
  expiresAt: Date;
}

/** Customers make tokens for their own organisation; staff have no organisation to download for. */
export async function createToken(
  db: Db,
  maker: TokenMaker,
  input: CreateTokenInput,
  now: Date,
): Promise<CreatedToken> {
  if (maker.role !== "CUSTOMER" || !maker.organizationId)
    throw new AppError("FORBIDDEN", "Only members of a customer organisation can make download tokens.");
  const name = input.name.trim().slice(0, 100) || (input.kind === "API" ? "API token" : "Download token");
  if (!(input.ttlDays >= 1 && input.ttlDays <= 366))
    throw new AppError("VALIDATION", "A token lives between 1 and 366 days.");
  let licenceId: string | null = null;
  if (input.kind === "DOWNLOAD") {
    const l = input.licenceId
      ? await db.licence.findUnique({ where: { id: input.licenceId }, select: { id: true, organizationId: true } })
      : null;
    if (!l || l.organizationId !== maker.organizationId) throw new AppError("NOT_FOUND", "Licence not found.");
    licenceId = l.id;
  }
  const token = newToken(input.kind);
  const expiresAt = new Date(now.getTime() + input.ttlDays * 86_400_000);
  const row = await db.accessToken.create({
    data: {
      kind: input.kind,
      tokenHash: hashToken(token),
      prefix: token.slice(0, TOKEN_PREFIX[input.kind].length + 6),
      name,
      userId: maker.id,
      organizationId: maker.organizationId,
      licenceId,
      createdAt: now,
      expiresAt,
    },
  });
  return { token, id: row.id, prefix: row.prefix, expiresAt };
}

export interface VerifiedToken {
  id: string;
  kind: TokenKind;
  userId: string;
  organizationId: string;
  licenceId: string | null;
}

export type TokenCheck = { ok: true; token: VerifiedToken } | { ok: false; reason: string };

/** A token is good while it is not revoked, not expired, and its maker is enabled and still in the organisation. */
export async function verifyToken(db: Db, presented: string, now: Date): Promise<TokenCheck> {
  if (!SHAPE.test(presented)) return { ok: false, reason: "malformed token" };
  const t = await db.accessToken.findUnique({ where: { tokenHash: hashToken(presented) } });
  if (!t) return { ok: false, reason: "unknown token" };
  if (t.revokedAt) return { ok: false, reason: "token revoked" };
  if (t.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: "token expired" };
  const user = await db.user.findUnique({ where: { id: t.userId }, select: { disabled: true, organizationId: true } });
  if (!user || user.disabled || user.organizationId !== t.organizationId)
    return { ok: false, reason: "the token's owner no longer has access" };
  return {
    ok: true,
    token: {
      id: t.id,
      kind: t.kind as TokenKind,
      userId: t.userId,
      organizationId: t.organizationId,
      licenceId: t.licenceId,
    },
  };
}

/** Members of the token's organisation and staff (at the desk) may revoke it; anyone else learns nothing. */
export async function revokeToken(
  db: Db,
  actor: TokenMaker,
  tokenId: string,
  now: Date,
): Promise<{ id: string; alreadyRevoked: boolean }> {
  const t = await db.accessToken.findUnique({
    where: { id: tokenId },
    select: { id: true, organizationId: true, revokedAt: true },
  });
  const staff = actor.role === "SALES" || actor.role === "ADMIN";
  if (!t || (!staff && actor.organizationId !== t.organizationId)) throw new AppError("NOT_FOUND", "Token not found.");
  if (t.revokedAt) return { id: t.id, alreadyRevoked: true };
  // Conditional update: two revokes at once leave the first time and actor.
  await db.accessToken.updateMany({
    where: { id: t.id, revokedAt: null },
    data: { revokedAt: now, revokedById: actor.id },
  });
  return { id: t.id, alreadyRevoked: false };
}

export const tokenSelect = {
  id: true,
  kind: true,
  prefix: true,
  name: true,
  userId: true,
  organizationId: true,
  licenceId: true,
  createdAt: true,
  expiresAt: true,
  revokedAt: true,
  lastUsedAt: true,
} as const;

export function tokenState(
  t: { revokedAt: Date | null; expiresAt: Date },
  now: Date,
): "active" | "revoked" | "expired" {
  return t.revokedAt ? "revoked" : t.expiresAt.getTime() <= now.getTime() ? "expired" : "active";
}

/** Tokens of an organisation (customers) or of anyone (staff), newest first, optionally for one licence or kind. */
export async function listTokens(
  db: Db,
  where: { organizationId?: string; licenceId?: string; userId?: string; kind?: TokenKind },
  take = 100,
) {
  return db.accessToken.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: tokenSelect,
  });
}
