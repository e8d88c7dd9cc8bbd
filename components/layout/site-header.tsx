import Link from "next/link";
import { nav, site } from "@/lib/site/config";
import { Container } from "@/components/ui/container";
import { MobileMenu } from "./mobile-menu";
import { AccountLink } from "./account-link";

// The menu uses <details> so it opens on a phone with no client JavaScript and stays keyboard operable.
export function SiteHeader() {
  const linkClass =
    "rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-950 dark:text-slate-300 dark:hover:bg-slate-900 dark:hover:text-white";
  return (
    <header className="border-b border-slate-200 bg-white/90 dark:border-slate-800 dark:bg-slate-950/90">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-slate-900"
      >
        Skip to content
      </a>
      <Container className="flex h-16 items-center justify-between gap-4">
        <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight">
          <span aria-hidden="true" className="inline-block h-6 w-2 rounded-sm bg-brand-600" />
          <span>{site.shortName}</span>
        </Link>
        <nav aria-label="Main" className="hidden md:block">
          <ul className="flex items-center gap-1">
            {nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className={linkClass}>
                  {item.label}
                </Link>
              </li>
            ))}
            <li>
              <AccountLink className="ml-2 whitespace-nowrap rounded-md border border-slate-300 px-3 py-2 text-sm font-semibold hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-900" />
            </li>
          </ul>
        </nav>
        <MobileMenu
          summary={
            <summary className="flex min-h-11 cursor-pointer list-none items-center rounded-md border border-slate-300 px-3 text-sm font-semibold dark:border-slate-700 [&::-webkit-details-marker]:hidden">
              Menu
            </summary>
          }
        >
          <nav
            aria-label="Main"
            className="absolute right-0 z-40 mt-2 w-56 rounded-md border border-slate-200 bg-white p-2 shadow-lg dark:border-slate-800 dark:bg-slate-950"
          >
            <ul className="flex flex-col">
              {nav.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className={`block ${linkClass}`}>
                    {item.label}
                  </Link>
                </li>
              ))}
              <li>
                <AccountLink className={`block ${linkClass}`} />
              </li>
            </ul>
          </nav>
        </MobileMenu>
      </Container>
    </header>
  );
}
