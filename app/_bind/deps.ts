// The one place the app binds lib/ functions to the real database, mail sender, rate limiter, clock and stores (server
// actions and route handlers call these; pages/ API routes, where "server-only" throws, use api-db.ts and
// delivery-deps.ts beside this file). Tests bind their own in the same shapes.
import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { sendMail } from "@/lib/email";
import { rateLimit } from "@/lib/rate-limit";
import { getOnceStore } from "@/lib/rate-limit/store";
import { attachmentStorage } from "./attachment-storage";
import { getAuthSecret } from "@/lib/auth/secret";
import type { Deps } from "@/lib/deps";
import type { SignInDeps } from "@/lib/auth/magic-link";
import type { EnquiryDeps } from "@/lib/enquiries/deps";

export function deps(): Deps & { appUrl: string } {
  return { db, send: sendMail, limit: rateLimit, now: () => new Date(), appUrl: env.APP_URL };
}

export function signInDeps(): SignInDeps {
  return { ...deps(), secret: getAuthSecret() };
}

export function enquiryDeps(): EnquiryDeps {
  return {
    ...deps(),
    once: getOnceStore(),
    storage: attachmentStorage(),
    salesEmail: env.SALES_EMAIL,
    secret: getAuthSecret(),
    minFillMs: env.ENQUIRY_MIN_FILL_MS,
  };
}
