import Link from "next/link";
import { nav, site } from "@/lib/site/config";
import { Container } from "@/components/ui/container";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 py-10 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
      <Container className="flex flex-col gap-6 sm:flex-row sm:justify-between">
        <div className="max-w-md">
          <p className="font-semibold text-slate-900 dark:text-slate-100">{site.name}</p>
          <p className="mt-2">
            De-identified lumbar spine MRI studies for research and machine learning. Every figure on this site comes
            from the vendor&apos;s statistics file; the preview study is a synthetic phantom unless stated otherwise.
          </p>
        </div>
        <nav aria-label="Footer">
          <ul className="grid grid-cols-2 gap-x-8 gap-y-2">
            {nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="hover:text-slate-900 hover:underline dark:hover:text-white">
                  {item.label}
                </Link>
              </li>
            ))}
            <li>
              <Link href="/sign-in" className="hover:text-slate-900 hover:underline dark:hover:text-white">
                Sign in
              </Link>
            </li>
          </ul>
        </nav>
      </Container>
    </footer>
  );
}
