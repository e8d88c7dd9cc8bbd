import { Container } from "@/components/ui/container";
import { ButtonLink } from "@/components/ui/button-link";

// The 403 and 404 bodies, without chrome: each route group's not-found/forbidden renders them inside its own layout
// (so a page never shows two headers), and app/global-not-found.tsx wraps the 404 in the storefront shell.
export function ForbiddenBody({
  home = "/account",
  homeLabel = "Your account",
}: {
  home?: string;
  homeLabel?: string;
}) {
  return (
    <Container className="py-20">
      <p className="text-sm font-semibold text-brand-700 dark:text-brand-300">403</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">You do not have access to this page</h1>
      <p className="mt-4 text-slate-700 dark:text-slate-300">
        Your account is signed in but its role does not allow this. Ask an administrator if you need access.
      </p>
      <div className="mt-8 flex flex-wrap gap-3">
        <ButtonLink href={home}>{homeLabel}</ButtonLink>
        <ButtonLink href="/sign-out" variant="secondary">
          Sign in as someone else
        </ButtonLink>
      </div>
    </Container>
  );
}

export function NotFoundBody({
  home = "/",
  homeLabel = "Go to the home page",
  secondary = { href: "/statistics", label: "Dataset statistics" },
}: {
  home?: string;
  homeLabel?: string;
  secondary?: { href: string; label: string };
}) {
  return (
    <Container className="py-20">
      <p className="text-sm font-semibold text-brand-700 dark:text-brand-300">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">This page does not exist</h1>
      <p className="mt-4 text-slate-700 dark:text-slate-300">The address may be mistyped, or the page has moved.</p>
      <div className="mt-8 flex flex-wrap gap-3">
        <ButtonLink href={home}>{homeLabel}</ButtonLink>
        <ButtonLink href={secondary.href} variant="secondary">
          {secondary.label}
        </ButtonLink>
      </div>
    </Container>
  );
}
