import type { Metadata } from "next";
import { SiteShell } from "@/components/layout/site-shell";
import { NotFoundBody } from "@/components/layout/status-pages";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

export default function NotFound() {
  return (
    <SiteShell>
      <NotFoundBody />
    </SiteShell>
  );
}
