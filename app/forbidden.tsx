import type { Metadata } from "next";
import { SiteShell } from "@/components/layout/site-shell";
import { Container } from "@/components/ui/container";
import { ButtonLink } from "@/components/ui/button-link";

export const metadata: Metadata = { title: "No access", robots: { index: false } };

// Rendered with status 403 when a signed-in user opens a page their role does not allow (forbidden()).
export default function Forbidden() {
  return (
    <SiteShell>
      <Container className="py-20">
        <p className="text-sm font-semibold text-brand-700 dark:text-brand-300">403</p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight">You do not have access to this page</h1>
        <p className="mt-4 text-slate-700 dark:text-slate-300">
          Your account is signed in but its role does not allow this. Ask an administrator if you need access.
        </p>
        <div className="mt-8 flex flex-wrap gap-3">
          <ButtonLink href="/account">Your account</ButtonLink>
          <ButtonLink href="/sign-out" variant="secondary">Sign in as someone else</ButtonLink>
        </div>
      </Container>
    </SiteShell>
  );
}
