import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/ui/notice";

export const metadata: Metadata = { title: "Sign-in problem", robots: { index: false } };

// next-auth sends its errors here with ?error=<code>.
const messages: Record<string, string> = {
  Verification: "This sign-in link has expired or has already been used. Ask for a new one.",
  AccessDenied: "This account cannot sign in. If you think this is a mistake, contact us.",
  EmailSignin: "We could not send the sign-in email. Please wait a moment and try again.",
  Configuration: "Sign-in is not configured correctly on the server. Please try again later.",
};

export default async function SignInErrorPage({
  searchParams,
}: {
  searchParams: Promise<{ error?: string | string[] }>;
}) {
  const code = (await searchParams).error;
  const message = (typeof code === "string" && messages[code]) || "Signing in did not work. Please try again.";
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Could not sign you in</h1>
      <div className="mt-6">
        <Notice tone="error" role="alert">
          {message}
        </Notice>
      </div>
      <p className="mt-6">
        <Link href="/sign-in" className="font-semibold underline">
          Back to sign in
        </Link>
      </p>
    </>
  );
}
