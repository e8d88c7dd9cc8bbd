import type { Metadata } from "next";
import { z } from "zod";
import { emailFormat } from "@/lib/validations/form";
import { buttonClass } from "@/components/ui/button-link";
import { Notice } from "@/components/ui/notice";

export const metadata: Metadata = { title: "Confirm sign-in", robots: { index: false } };

const paramsSchema = z.object({
  token: z.string().regex(/^[a-f0-9]{64}$/),
  email: emailFormat().max(254),
  callbackUrl: z.string().max(600),
});

// The sign-in mail links here, not straight to the callback: a mail scanner that opens links would otherwise use
// the one-time token up, and a cross-site page could sign a visitor in as someone else. The button POSTs the same
// parameters to next-auth's callback, which only this same-origin POST reaches (lib/auth/auth-endpoints.ts); works
// without JS.
export default async function VerifyPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const parsed = paramsSchema.safeParse(await searchParams);
  if (!parsed.success) {
    return (
      <>
        <h1 className="text-3xl font-bold tracking-tight">This sign-in link is not valid</h1>
        <div className="mt-6">
          <Notice tone="error" role="alert">
            The link is incomplete. Copy the whole link from the email, or{" "}
            <a href="/sign-in" className="underline">
              ask for a new one
            </a>
            .
          </Notice>
        </div>
      </>
    );
  }
  const { token, email, callbackUrl } = parsed.data;
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Sign in</h1>
      <p className="mt-4 text-slate-700 dark:text-slate-300">
        Continue to sign in as <strong>{email}</strong>.
      </p>
      <form
        method="post"
        action={`/api/auth/callback/email?${new URLSearchParams({ callbackUrl, token, email })}`}
        className="mt-6"
      >
        <button type="submit" className={buttonClass()}>
          Continue
        </button>
      </form>
    </>
  );
}
