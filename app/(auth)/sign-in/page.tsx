import type { Metadata } from "next";
import Link from "next/link";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeCallbackUrl } from "@/lib/validations/auth";
import { Notice } from "@/components/ui/notice";
import { requestSignInAction } from "../actions";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  const user = await getCurrentUser();
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Sign in</h1>
      {user ? (
        <div className="mt-6">
          <Notice tone="info" role="status">
            You are signed in as <strong>{user.email}</strong>.{" "}
            <Link href={callbackUrl} className="font-semibold underline">
              Continue
            </Link>{" "}
            or{" "}
            <Link href="/sign-out" className="font-semibold underline">
              sign out
            </Link>
            .
          </Notice>
        </div>
      ) : null}
      <p className="mt-3 text-slate-700 dark:text-slate-300">
        Enter your email address and we will send you a link to sign in. No password needed.
      </p>
      <div className="mt-6">
        <SignInForm action={requestSignInAction} callbackUrl={callbackUrl} />
      </div>
      <p className="mt-8 text-sm text-slate-600 dark:text-slate-400">
        New here? Signing in creates your account. To buy a licence,{" "}
        <Link href="/enquire" className="underline">
          request a quote
        </Link>
        .
      </p>
    </>
  );
}
