import type { Metadata } from "next";
import { geistSans } from "./font";
import { SiteShell } from "@/components/layout/site-shell";
import { NotFoundBody } from "@/components/layout/status-pages";
import "./globals.css";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

// Addresses no route matches. A whole document of its own (Next renders it without the root layout), so no page
// carries this page's header and footer in its payload; notFound() inside a route group renders that group's own
// not-found.tsx within its layout.
export default function GlobalNotFound() {
  return (
    <html lang="en" className={geistSans.variable}>
      <body className="min-h-screen font-sans">
        <SiteShell>
          <NotFoundBody />
        </SiteShell>
      </body>
    </html>
  );
}
