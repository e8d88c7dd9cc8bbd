import type { Metadata } from "next";
import { SiteShell } from "@/components/layout/site-shell";
import { ForbiddenBody } from "@/components/layout/status-pages";

export const metadata: Metadata = { title: "No access", robots: { index: false } };

// Rendered with status 403 when a signed-in user opens a page their role does not allow (forbidden()).
export default function Forbidden() {
  return (
    <SiteShell>
      <ForbiddenBody />
    </SiteShell>
  );
}
