"use client";

// The header's account entry: "Sign in" in the server-rendered HTML (pages stay static and cacheable), then, once
// /api/me answers, the signed-in user's own place - the desk for sales and admins, the account for customers.
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { Suspense, useEffect, useState } from "react";

type Me = { signedIn: false } | { signedIn: true; label: string; role: string; home: string };

// One request per page (the layout survives client-side navigation, and signing out is one), shared by the
// desktop and mobile copies of the header.
let pending: { path: string; me: Promise<Me> } | null = null;
const loadMe = (path: string) => {
  if (pending?.path !== path) {
    const me = fetch("/api/me", { credentials: "same-origin", cache: "no-store" })
      .then((r) => (r.ok ? (r.json() as Promise<Me>) : { signedIn: false as const }))
      .catch(() => ({ signedIn: false as const }));
    pending = { path, me };
  }
  return pending.me;
};

// Suspense: reading the query string (signing out lands on the same path with ?done=1) would otherwise opt the whole
// page out of static rendering; the fallback is the server-rendered "Sign in".
export function AccountLink({ className }: { className: string }) {
  return (
    <Suspense
      fallback={
        <Link href="/sign-in" className={className}>
          Sign in
        </Link>
      }
    >
      <AccountLinkLive className={className} />
    </Suspense>
  );
}

function AccountLinkLive({ className }: { className: string }) {
  const path = `${usePathname() ?? ""}?${useSearchParams()?.toString() ?? ""}`;
  const [me, setMe] = useState<Me>({ signedIn: false });
  useEffect(() => {
    let live = true;
    void loadMe(path).then((m) => live && setMe(m));
    return () => {
      live = false;
    };
  }, [path]);
  if (!me.signedIn) {
    return (
      <Link href="/sign-in" className={className}>
        Sign in
      </Link>
    );
  }
  return (
    <Link href={me.home} className={className} data-testid="header-account" title={`Signed in as ${me.label}`}>
      {me.home === "/desk" ? "Sales desk" : "Your account"}
      <span className="sr-only"> (signed in as {me.label})</span>
    </Link>
  );
}
