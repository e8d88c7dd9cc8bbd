"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const items = [
  { href: "/desk", label: "Enquiries", admin: false },
  { href: "/desk/quotes", label: "Quotes", admin: false },
  { href: "/desk/orders", label: "Orders", admin: false },
  { href: "/desk/licences", label: "Licences", admin: false },
  { href: "/desk/downloads", label: "Downloads", admin: false },
  { href: "/desk/admin/pricing", label: "Price list", admin: true },
  { href: "/desk/admin/agreements", label: "Agreements", admin: true },
  { href: "/desk/admin/users", label: "Users", admin: true },
  { href: "/desk/admin/organizations", label: "Organisations", admin: true },
  { href: "/desk/admin/audit", label: "Audit log", admin: true },
  { href: "/desk/admin/catalogue", label: "Catalogue", admin: true },
  { href: "/desk/admin/jobs", label: "Jobs", admin: true },
  { href: "/desk/admin/mailbox", label: "Dev mailbox", admin: true },
] as const;

/** The header's name for the area: the admin pages are not the sales desk. */
export function DeskBrand() {
  const path = usePathname() ?? "";
  return <span>{path.startsWith("/desk/admin") ? "Admin" : "Sales desk"}</span>;
}

export function DeskNav({ isAdmin, mailbox }: { isAdmin: boolean; mailbox: boolean }) {
  // Typed nullable since the app also has a pages/ folder (pages/api: downloads keep Content-Length); never null here.
  const path = usePathname() ?? "";
  const active = (href: string) =>
    href === "/desk" ? path === "/desk" || path.startsWith("/desk/enquiries") : path.startsWith(href);
  return (
    // Tabs wrap onto a second row on a phone rather than scrolling out of sight: every area stays visible.
    <nav aria-label="Desk" className="-mb-px">
      <ul className="flex flex-wrap gap-x-1">
        {items
          .filter((i) => (isAdmin || !i.admin) && (mailbox || i.href !== "/desk/admin/mailbox"))
          .map((i) => (
            <li key={i.href}>
              <Link
                href={i.href}
                aria-current={active(i.href) ? "page" : undefined}
                className="inline-flex min-h-11 items-center whitespace-nowrap border-b-2 border-transparent px-3 text-sm font-medium text-slate-700 hover:text-slate-950 aria-[current=page]:border-brand-600 aria-[current=page]:text-slate-950 dark:text-slate-300 dark:hover:text-white dark:aria-[current=page]:border-brand-300 dark:aria-[current=page]:text-white"
              >
                {i.label}
              </Link>
            </li>
          ))}
      </ul>
    </nav>
  );
}
