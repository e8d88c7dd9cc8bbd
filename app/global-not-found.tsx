import type { Metadata } from "next";
import { env } from "@/lib/env";
import { site } from "@/lib/site/config";
import { SiteShell } from "@/components/layout/site-shell";
import { NotFoundBody } from "@/components/layout/status-pages";
import "./globals.css";

// Outside the root layout, so its metadataBase and title template are not inherited: set here.
export const metadata: Metadata = {
  metadataBase: new URL(env.APP_URL),
  title: `Page not found | ${site.name}`,
  robots: { index: false },
};

// Addresses no route matches. A whole document of its own (Next renders it without the root layout), so no page
// carries this page's header and footer in its payload; notFound() inside a route group renders that group's own
// not-found.tsx within its layout.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <SiteShell>
          <NotFoundBody />
        </SiteShell>
      </body>
    </html>
  );
}
