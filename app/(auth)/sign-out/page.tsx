import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { ActionForm, ActionSubmit } from "@/components/ui/action-form";
import { signOutAction } from "../actions";

export const metadata: Metadata = { title: "Sign out", robots: { index: false } };

export default async function SignOutPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const user = await getCurrentUser();
  if (!user) {
    const done = (await searchParams).done === "1";
    return (
      <>
        <h1 className="text-3xl font-bold tracking-tight">{done ? "You are signed out" : "You are not signed in"}</h1>
        <p className="mt-6">
          <Link href="/sign-in" className="font-semibold underline">
            Sign in
          </Link>{" "}
          or go to the{" "}
          <Link href="/" className="font-semibold underline">
            home page
          </Link>
          .
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Sign out</h1>
      <p className="mt-4 text-slate-700 dark:text-slate-300">
        You are signed in as <strong>{user.email}</strong>.
      </p>
      <ActionForm action={signOutAction} id="sign-out" className="mt-6">
        <ActionSubmit pendingLabel="Signing out...">Sign out</ActionSubmit>
      </ActionForm>
    </>
  );
}
