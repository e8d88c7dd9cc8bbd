import type { Metadata } from "next";
import { SiteShell } from "@/components/layout/site-shell";
import { Container } from "@/components/ui/container";
import { ButtonLink } from "@/components/ui/button-link";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

export default function NotFound() {
  return (
    <SiteShell>
      <Container className="py-20">
        <p className="text-sm font-semibold text-brand-700 dark:text-brand-300">404</p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight">This page does not exist</h1>
        <p className="mt-4 text-slate-700 dark:text-slate-300">
          The address may be mistyped, or the page has moved.
        </p>
        <div className="mt-8 flex flex-wrap gap-3">
          <ButtonLink href="/">Go to the home page</ButtonLink>
          <ButtonLink href="/statistics" variant="secondary">
            Dataset statistics
          </ButtonLink>
        </div>
      </Container>
    </SiteShell>
  );
}
