import Link from "next/link";
import { nav, site } from "@/lib/site/config";
import { getVendor } from "@/lib/site/vendor";
import { Container } from "@/components/ui/container";

const legal = [
  { href: "/contact", label: "Contact" },
  { href: "/legal/imprint", label: "Imprint" },
  { href: "/legal/terms", label: "Terms of use" },
  { href: "/legal/privacy", label: "Privacy" },
] as const;

const linkClass = "hover:text-slate-900 hover:underline dark:hover:text-white";

export function SiteFooter() {
  const vendor = getVendor();
  return (
    <footer className="mt-16 border-t border-slate-200 py-10 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
      <Container className="flex flex-col gap-6 sm:flex-row sm:justify-between">
        <div className="max-w-md">
          <p className="font-semibold text-slate-900 dark:text-slate-100">{site.name}</p>
          {/* No claim here about where figures come from: each table and chart names its own source file. */}
          <p className="mt-2">
            De-identified lumbar spine MRI studies for research and machine learning. Each table and chart names the
            statistics file its figures come from; sample studies marked &quot;Synthetic&quot; are generated phantoms,
            not patient scans.
          </p>
          <p className="mt-4 wrap-anywhere" data-testid="footer-vendor">
            Sold by {vendor.name}
            {vendor.addressLines.length ? `, ${vendor.addressLines.join(", ")}` : ""}.
          </p>
        </div>
        <nav aria-label="Footer" className="grid grid-cols-2 gap-x-8 gap-y-2 self-start">
          <ul className="space-y-2">
            {nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className={linkClass}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
          <ul className="space-y-2">
            {legal.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className={linkClass}>
                  {item.label}
                </Link>
              </li>
            ))}
            <li>
              <Link href="/account/enquiries" className={linkClass}>
                Your enquiries
              </Link>
            </li>
          </ul>
        </nav>
      </Container>
    </footer>
  );
}
