import { z } from "zod";
import { email } from "./form";
import { LANDING_PATH } from "../auth/landing";

/** Only same-site paths: an absolute or protocol-relative URL here would be an open redirect. */
export const localPath = z
  .string()
  .trim()
  .max(500)
  .refine((p) => p.startsWith("/") && !p.startsWith("//") && !p.includes("\\") && !/[\u0000-\u001f]/.test(p), {
    message: "must be a path on this site",
  });

/** Without a (safe) destination, a sign-in lands where the user's role works (LANDING_PATH). */
export const safeCallbackUrl = (value: unknown, fallback = LANDING_PATH): string => {
  const r = localPath.safeParse(value);
  return r.success && !r.data.startsWith("/api/") && !r.data.startsWith("/sign-") ? r.data : fallback;
};

export const signInSchema = z.object({
  email: email("your email address"),
  callbackUrl: z.preprocess((v) => safeCallbackUrl(v), z.string()),
});
