// Accepting an enquiry from the public form: spam checks and rate limits first (nothing is stored when they refuse),
// then the form token is spent (it works once), then store, then mail the buyer and sales.
import type { EnquiryDeps } from "./deps";
import { AppError } from "../errors/app-error";
import { describeWait } from "../rate-limit/limiter";
import * as policies from "../rate-limit/policies";
import { ipRateKey } from "../rate-limit/client-ip";
import { localPath } from "../validations/auth";
import type { Enquiry } from "../validations/enquiry";
import { checkSubmission, HONEYPOT_FIELD, spamMessages, spendFormToken, TOKEN_FIELD } from "./anti-spam";
import { createEnquiry } from "./create";
import { notifyNewEnquiry } from "./notify";
import { log } from "../log";

export type SubmitDeps = Pick<
  EnquiryDeps,
  "db" | "send" | "limit" | "now" | "once" | "appUrl" | "salesEmail" | "secret" | "minFillMs"
>;

export async function submitEnquiry(
  deps: SubmitDeps,
  input: Enquiry,
  ctx: { ip: string; raw: Record<string, string | string[]> },
) {
  const { db } = deps;
  const token = checkSubmission(
    deps.secret,
    { token: ctx.raw[TOKEN_FIELD], honeypot: ctx.raw[HONEYPOT_FIELD] },
    { now: deps.now().getTime(), minFillMs: deps.minFillMs },
  );
  const { verdict } = token;
  if (verdict !== "ok") {
    log.warn(`enquiry refused (${verdict}) from ${ctx.ip}`);
    throw new AppError(verdict === "honeypot" ? "FORBIDDEN" : "VALIDATION", spamMessages[verdict]);
  }

  const limit = await deps.limit([
    { rule: policies.enquiryPerIp, key: ipRateKey(ctx.ip) },
    { rule: policies.enquiryPerEmail, key: input.email },
  ]);
  if (!limit.allowed) {
    log.warn(`enquiry refused (rate limit) from ${ctx.ip} for ${input.email}`);
    throw new AppError(
      "RATE_LIMITED",
      `You have sent several enquiries in a short time. Please try again in ${describeWait(limit.retryAfterS)}, or write to ${deps.salesEmail}.`,
      { retryAfter: limit.retryAfterS },
    );
  }

  if (!(await spendFormToken(deps.once, token, deps.now().getTime()))) {
    log.warn(`enquiry refused (replayed form token) from ${ctx.ip}`);
    throw new AppError("CONFLICT", spamMessages.replayed);
  }

  const source = localPath.safeParse(ctx.raw.source);
  // A cohort from the cohort builder (hidden field): linked only when it exists; a bad or stale reference is dropped.
  const rawCohort =
    typeof ctx.raw.cohortId === "string" && /^[a-z0-9]{10,40}$/.test(ctx.raw.cohortId) ? ctx.raw.cohortId : null;
  const cohort = rawCohort ? await db.cohort.findUnique({ where: { id: rawCohort }, select: { id: true } }) : null;
  const enquiry = await createEnquiry(db, input, {
    ip: ctx.ip,
    source: source.success ? source.data : null,
    cohortId: cohort?.id ?? null,
    now: deps.now(),
  });
  await notifyNewEnquiry(deps, {
    ...input,
    id: enquiry.id,
    reference: enquiry.reference ?? enquiry.id,
    studyCount: input.studyCount ?? null,
  });
  return enquiry;
}
