import type { Metadata } from "next";
import { LegalPage } from "@/components/legal/legal-page";

// Served from the cache: rendered by each server process on its first request (never from the build, see
// lib/security/csp-cache-handler.mjs), so the operator's VENDOR_* settings apply after a restart, without a rebuild.
export const revalidate = 60;

export const metadata: Metadata = {
  title: "Terms of use",
  description: "The terms for using this website.",
  alternates: { canonical: "/legal/terms" },
};

export default function Page() {
  return <LegalPage doc="terms" title="Terms of use" />;
}
