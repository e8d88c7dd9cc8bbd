// The configuration schema, in plain JS so that next.config.js (which Node loads untranspiled) and lib/env.ts share
// one definition. Everything has an embedded default: with no environment at all the app runs on SQLite, local
// files, the synthetic preview pack, invoice-mode payments and the dev mailbox.
import { z } from "zod";

const bool = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .transform((v) => v === "1" || v === "true" || v === "yes");

const url = (protocols) =>
  z.string().refine((v) => {
    try {
      return protocols.includes(new URL(v).protocol);
    } catch {
      return false;
    }
  }, `must be a URL starting with ${protocols.map((p) => p + "//").join(" or ")}`);

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, "must be file:<path> (SQLite) or postgresql://... (PostgreSQL)")
    .default("file:./.data/storefront.db"),
  APP_URL: url(["http:", "https:"]).default("http://localhost:3000"),
  DATA_DIR: z.string().min(1).default(".data"),
  DATASET_SLUG: z
    .string()
    .regex(/^[a-z0-9-]+$/, "must be lowercase letters, digits and dashes")
    .default("lumbar-spine-mri"),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  SMTP_URL: url(["smtp:", "smtps:"]).optional(),
  MAIL_FROM: z.string().min(3).default("Lumbar Spine MRI <data@localhost>"),
  SALES_EMAIL: z.email("must be an email address").default("sales@localhost"),
  REDIS_URL: url(["redis:", "rediss:"]).optional(),
  STRIPE_SECRET_KEY: z.string().startsWith("sk_", "must start with sk_").optional(),
  STRIPE_WEBHOOK_SECRET: z.string().startsWith("whsec_", "must start with whsec_").optional(),
  STRIPE_API_URL: url(["http:", "https:"]).optional(),
  DEMO_MODE: bool.default(false),
  // How many proxies in front of the app append to X-Forwarded-For; the client address for rate limits is the entry
  // that many places from the right (1: one load balancer or reverse proxy, or none).
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(1).max(10).default(1),
}).superRefine((e, ctx) => {
  // A public production site needs a stable, shared secret; the generated one in DATA_DIR is for local use only.
  const local = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/.test(e.APP_URL);
  if (e.NODE_ENV === "production" && !local && !e.AUTH_SECRET) {
    ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "is required in production (openssl rand -base64 32)" });
  }
  // Card payments without the webhook secret would take money and never start the licence.
  if (e.STRIPE_SECRET_KEY && !e.STRIPE_WEBHOOK_SECRET) {
    ctx.addIssue({ code: "custom", path: ["STRIPE_WEBHOOK_SECRET"], message: "is required when STRIPE_SECRET_KEY is set (the signing secret of the /api/stripe/webhook endpoint)" });
  }
});

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
  return result.data;
}
