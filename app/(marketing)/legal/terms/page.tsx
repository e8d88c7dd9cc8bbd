import type { Metadata } from "next";
import { LegalPage } from "@/components/legal/legal-page";

// Read at request time: the operator's VENDOR_* settings and text file apply without a rebuild.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Terms of use",
  description: "The terms for using this website.",
  alternates: { canonical: "/legal/terms" },
};

export default function Page() {
  return <LegalPage doc="terms" title="Terms of use" />;
}
