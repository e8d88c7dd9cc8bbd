// The configuration schema, in plain JS so that next.config.js (which Node loads untranspiled) and lib/env.ts share
// one definition. Everything has an embedded default: with no environment at all the app runs on SQLite, local
// files, the synthetic preview pack, invoice-mode payments and the dev mailbox.
import path from "node:path";
import { z } from "zod";
import { DATASET_SLUG, DATASET_SLUG_RULE, isPostgresUrl } from "./rules.mjs";

const bool = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .transform((v) => v === "1" || v === "true" || v === "yes");

const url = (protocols) =>
  z.string().refine(
    (v) => {
      try {
        return protocols.includes(new URL(v).protocol);
      } catch {
        return false;
      }
    },
    `must be a URL starting with ${protocols.map((p) => p + "//").join(" or ")}`,
  );

export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    // Unset: the SQLite file storefront.db in DATA_DIR (derived in parseEnv, so moving DATA_DIR moves the database).
    DATABASE_URL: z
      .string()
      .refine(
        (v) => v.startsWith("file:") || isPostgresUrl(v),
        "must be file:<path> (SQLite) or postgresql://... (PostgreSQL)",
      )
      .optional(),
    // Unset: http://localhost:<PORT> (derived in parseEnv), so links and CLIs name the port the server really uses.
    APP_URL: url(["http:", "https:"]).optional(),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    // The web instances an import or catalogue refresh (CLI, worker) asks to drop their cached storefront pages,
    // comma-separated origins (each instance's own address behind the load balancer). Unset: APP_URL only, and other
    // instances catch up within the pages' revalidate time (lib/storefront/revalidation.ts).
    REVALIDATE_URLS: z
      .string()
      .refine(
        (v) =>
          v.split(",").every((u) => {
            try {
              return ["http:", "https:"].includes(new URL(u.trim()).protocol);
            } catch {
              return false;
            }
          }),
        "must be comma-separated http:// or https:// URLs",
      )
      .optional(),
    DATA_DIR: z.string().min(1).default(".data"),
    DATASET_SLUG: z.string().regex(DATASET_SLUG, `must be ${DATASET_SLUG_RULE}`).default("lumbar-spine-mri"),
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    SMTP_URL: url(["smtp:", "smtps:"]).optional(),
    MAIL_FROM: z.string().min(3).default("Lumbar Spine MRI <data@localhost>"),
    SALES_EMAIL: z.email("must be an email address").default("sales@localhost"),
    REDIS_URL: url(["redis:", "rediss:"]).optional(),
    STRIPE_SECRET_KEY: z.string().startsWith("sk_", "must start with sk_").optional(),
    STRIPE_WEBHOOK_SECRET: z.string().startsWith("whsec_", "must start with whsec_").optional(),
    STRIPE_API_URL: url(["http:", "https:"]).optional(),
    DEMO_MODE: bool.default(false),
    // The vendor behind the site (footer, contact, imprint, terms, privacy). Unset: clearly marked example values.
    VENDOR_NAME: z.string().min(2).max(200).optional(),
    // Postal address; separate lines with " | ".
    VENDOR_ADDRESS: z.string().min(2).max(500).optional(),
    VENDOR_EMAIL: z.email("must be an email address").optional(),
    VENDOR_PHONE: z.string().max(50).optional(),
    // Company register and number, VAT id, who represents the company: the imprint's legal lines, " | " between them.
    VENDOR_REGISTRATION: z.string().max(500).optional(),
    // Plain-text files (a "# " line starts a section) holding the operator's own terms of use and privacy notice.
    VENDOR_TERMS_FILE: z.string().min(1).optional(),
    VENDOR_PRIVACY_FILE: z.string().min(1).optional(),
    // The enquiry form refuses submissions sent sooner than this after the page was served (scripts post at once).
    ENQUIRY_MIN_FILL_MS: z.coerce.number().int().min(0).max(3_600_000).default(3_000),
    // How many reverse proxies in front of the app append to X-Forwarded-For. 0 (no proxy): the client address is the
    // TCP peer and X-Forwarded-For is ignored; N: the entry N places from the right (lib/rate-limit/client-ip.ts).
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    // Synthetic catalogue studies `db:seed -- --demo` writes when the catalogue has none (catalog:synth; 0 = none).
    DEMO_CATALOG_STUDIES: z.coerce.number().int().min(0).max(50_000_000).default(2_400_000),
    // Where imports put study files and where delivery archives are written: "local" (study files stay where they were
    // imported from, archives go to ARCHIVE_DIR) or "s3" (both go to S3_BUCKET under S3_PREFIX).
    STORAGE_DRIVER: z.enum(["local", "s3"]).default("local"),
    ARCHIVE_DIR: z.string().min(1).optional(),
    S3_BUCKET: z
      .string()
      .regex(
        /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
        "must be an S3 bucket name (3-63 lowercase letters, digits, dots, dashes)",
      )
      .optional(),
    S3_PREFIX: z
      .string()
      .regex(
        /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/,
        "must be a relative path like delivery/v1 (no leading or trailing /)",
      )
      .optional(),
    S3_ENDPOINT: url(["http:", "https:"]).optional(),
    S3_REGION: z.string().min(1).default("us-east-1"),
    S3_FORCE_PATH_STYLE: bool.default(false),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    // Lifetime of a presigned download URL (S3 driver): long enough to start a download, short enough that a leaked
    // link is soon useless. A started download is not cut off when it expires.
    DOWNLOAD_URL_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(300),
    // Licensed downloads: caps per licence and per token (a signed-in browser counts as one token per user), answered
    // with 429 + Retry-After. Shared through Redis when REDIS_URL is set.
    DOWNLOAD_MAX_CONCURRENT_PER_LICENCE: z.coerce.number().int().min(1).max(10_000).default(16),
    DOWNLOAD_MAX_CONCURRENT_PER_TOKEN: z.coerce.number().int().min(1).max(10_000).default(8),
    DOWNLOAD_REQUESTS_PER_MINUTE_PER_LICENCE: z.coerce.number().int().min(1).max(1_000_000).default(1200),
    DOWNLOAD_REQUESTS_PER_MINUTE_PER_TOKEN: z.coerce.number().int().min(1).max(1_000_000).default(600),
    // Lifetimes: download tokens (manifest links) and personal API tokens.
    DOWNLOAD_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(366).default(30),
    API_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(366).default(365),
    // Background jobs (lib/jobs). Unset: pg-boss when DATABASE_URL is PostgreSQL, else the in-process driver (a table).
    JOBS_DRIVER: z.enum(["pg-boss", "in-process"]).optional(),
    // Whether the web server also works jobs. Unset: yes with the in-process driver (the demo has no worker), no with
    // pg-boss (`npm run worker` processes do).
    JOBS_IN_APP: bool.optional(),
    // Overrides of every queue's first retry delay and of the time after which a running job counts as lost (its
    // worker died). Tests shorten them; production keeps the per-queue defaults (lib/jobs/queues.ts).
    JOBS_RETRY_DELAY_SECONDS: z.coerce.number().int().min(0).max(86_400).optional(),
    JOBS_EXPIRE_SECONDS: z.coerce
      .number()
      .int()
      .min(1)
      .max(7 * 86_400)
      .optional(),
    JOBS_RETRY_LIMIT: z.coerce.number().int().min(0).max(100).optional(),
    // How often a worker looks for lost jobs (pg-boss maintenance) and polls idle queues.
    JOBS_MAINTENANCE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
    JOBS_POLL_SECONDS: z.coerce.number().min(0.5).max(60).default(2),
  })
  .superRefine((e, ctx) => {
    if (e.STORAGE_DRIVER === "s3" && !e.S3_BUCKET) {
      ctx.addIssue({ code: "custom", path: ["S3_BUCKET"], message: "is required when STORAGE_DRIVER=s3" });
    }
    if (!!e.S3_ACCESS_KEY_ID !== !!e.S3_SECRET_ACCESS_KEY) {
      ctx.addIssue({
        code: "custom",
        path: ["S3_SECRET_ACCESS_KEY"],
        message: "S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together",
      });
    }
    // A public production site needs a stable, shared secret; the generated one in DATA_DIR is for local use only.
    const local = !e.APP_URL || /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/.test(e.APP_URL);
    if (e.NODE_ENV === "production" && !local && !e.AUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message: "is required in production (openssl rand -base64 32)",
      });
    }
    if (e.JOBS_DRIVER === "pg-boss" && !/^postgres(ql)?:\/\//.test(e.DATABASE_URL ?? "")) {
      ctx.addIssue({
        code: "custom",
        path: ["JOBS_DRIVER"],
        message: "pg-boss needs a postgresql:// DATABASE_URL (the embedded SQLite uses the in-process driver)",
      });
    }
    // Card payments without the webhook secret would take money and never start the licence.
    if (e.STRIPE_SECRET_KEY && !e.STRIPE_WEBHOOK_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["STRIPE_WEBHOOK_SECRET"],
        message: "is required when STRIPE_SECRET_KEY is set (the signing secret of the /api/stripe/webhook endpoint)",
      });
    }
  });

/**
 * What a production server must not start with (checked when the server starts, not at build time): without SMTP the
 * sign-in links would go to the dev mailbox of a live site, which only a demo may do.
 */
export function startupProblems(env) {
  const problems = [];
  if (env.NODE_ENV === "production" && !env.SMTP_URL && !env.DEMO_MODE) {
    problems.push("  SMTP_URL: is required in production (smtp://user:pass@host:587), unless DEMO_MODE=1 for a demo");
  }
  return problems;
}

/**
 * Validates a raw environment. Empty strings count as unset so that a `.env` copied from `.env.example` with blank
 * values still gets the defaults. Throws one Error naming every bad variable.
 */
export function parseEnv(source) {
  const raw = Object.fromEntries(
    Object.keys(envSchema.shape)
      .map((k) => [k, source[k]])
      .filter(([, v]) => v !== undefined && v !== ""),
  );
  const result = envSchema.safeParse(raw);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = result.data;
  return {
    ...e,
    APP_URL: e.APP_URL ?? `http://localhost:${e.PORT}`,
    DATABASE_URL: e.DATABASE_URL ?? `file:${path.join(e.DATA_DIR, "storefront.db")}`,
  };
}
