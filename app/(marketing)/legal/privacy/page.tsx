import type { Metadata } from "next";
import { LegalPage } from "@/components/legal/legal-page";

// Read at request time: the operator's VENDOR_* settings and text file apply without a rebuild.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Privacy notice",
  description: "How this website handles personal data.",
  alternates: { canonical: "/legal/privacy" },
};

export default function Page() {
  return <LegalPage doc="privacy" title="Privacy notice" />;
}
