"use server";

// Customer side of delivery: make download tokens (one licence) and personal API tokens, and revoke them. Every
// action checks the session and role first; token rules (own organisation only) are in lib/delivery/tokens.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { roleAction } from "@/lib/actions/action";
import { ok } from "@/lib/actions/types";
import { recordAudit } from "@/lib/audit/record";
import { ANY_USER } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { createToken, revokeToken } from "@/lib/delivery/tokens";
import { env } from "@/lib/env";

const CUSTOMER = ["CUSTOMER"] as const;
const ttl = (max: number) => z.coerce.number().int().min(1, "at least 1 day").max(max, `at most ${max} days`);

const downloadTokenForm = z.object({
  licenceId: z.string().min(1).max(64),
  name: z.string().trim().max(100).default(""),
  ttlDays: ttl(366).default(env.DOWNLOAD_TOKEN_TTL_DAYS),
});
const apiTokenForm = z.object({
  name: z.string().trim().min(1, "give the token a name").max(100),
  ttlDays: ttl(366).default(env.API_TOKEN_TTL_DAYS),
});
const revokeForm = z.object({
  tokenId: z.string().min(1).max(64),
  back: z
    .string()
    .regex(/^\/(account|desk)\/[A-Za-z0-9/_-]*$/)
    .default("/account/tokens"),
});

export const createDownloadTokenAction = roleAction(
  CUSTOMER,
  { schema: downloadTokenForm },
  async (input, { user, ip }) => {
    const t = await createToken(
      db,
      user,
      { kind: "DOWNLOAD", name: input.name, licenceId: input.licenceId, ttlDays: input.ttlDays },
      new Date(),
    );
    await recordAudit(db, {
      actor: user,
      action: "delivery.token.created",
      targetType: "accessToken",
      targetId: t.id,
      details: { kind: "DOWNLOAD", licenceId: input.licenceId },
      ip,
    });
    revalidatePath(`/account/licences/${input.licenceId}`);
    return ok(
      undefined,
      `Your download token (shown once - copy it now): ${t.token}   Valid until ${t.expiresAt.toISOString().slice(0, 10)}. Use it in manifest links: ?token=${t.token}`,
    );
  },
);

export const createApiTokenAction = roleAction(CUSTOMER, { schema: apiTokenForm }, async (input, { user, ip }) => {
  const t = await createToken(db, user, { kind: "API", name: input.name, ttlDays: input.ttlDays }, new Date());
  await recordAudit(db, {
    actor: user,
    action: "delivery.token.created",
    targetType: "accessToken",
    targetId: t.id,
    details: { kind: "API" },
    ip,
  });
  revalidatePath("/account/tokens");
  return ok(
    undefined,
    `Your API token (shown once - copy it now): ${t.token}   Send it as "Authorization: Bearer <token>". Valid until ${t.expiresAt.toISOString().slice(0, 10)}.`,
  );
});

export const revokeTokenAction = roleAction(ANY_USER, { schema: revokeForm }, async (input, { user, ip }) => {
  const r = await revokeToken(db, user, input.tokenId, new Date());
  if (!r.alreadyRevoked)
    await recordAudit(db, {
      actor: user,
      action: "delivery.token.revoked",
      targetType: "accessToken",
      targetId: r.id,
      ip,
    });
  revalidatePath(input.back);
  return ok(
    undefined,
    r.alreadyRevoked ? "That token was already revoked." : "Token revoked: it stops working at once.",
  );
});
