import Link from "next/link";
import { Container } from "@/components/ui/container";
import { DeskBrand, DeskNav } from "@/components/desk/desk-nav";
import { getCurrentUser } from "@/lib/auth/current-user";
import { devMailboxEnabled } from "@/lib/email";

// Layout only: the nav adapts to the role, but every page and action below checks the role itself.
export default async function DeskLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  return (
    <div className="flex min-h-screen flex-col">
      <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-950">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-slate-900"
        >
          Skip to content
        </a>
        <Container className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 py-3">
          <Link href="/desk" className="flex items-center gap-2 font-semibold tracking-tight">
            <span aria-hidden="true" className="inline-block h-6 w-2 rounded-sm bg-brand-600" />
            <DeskBrand />
          </Link>
          {user ? (
            <div className="flex items-center gap-3 text-sm">
              <Link
                href="/account"
                className="max-w-[14rem] truncate text-slate-700 hover:underline dark:text-slate-300"
              >
                {user.email}
              </Link>
              <Link
                href="/sign-out"
                className="rounded-md border border-slate-300 px-3 py-2 font-semibold hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-900"
              >
                Sign out
              </Link>
            </div>
          ) : null}
        </Container>
        {user && (user.role === "SALES" || user.role === "ADMIN") ? (
          <Container>
            <DeskNav isAdmin={user.role === "ADMIN"} mailbox={devMailboxEnabled()} />
          </Container>
        ) : null}
      </header>
      <main id="main" className="flex-1">
        {children}
      </main>
    </div>
  );
}
