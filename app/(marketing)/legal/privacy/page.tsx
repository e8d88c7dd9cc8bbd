import type { Metadata } from "next";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { LegalText } from "@/components/legal/legal-text";
import { ExampleVendorNotice } from "@/components/legal/example-notice";
import { getVendor, readLegalText } from "@/lib/site/vendor";
import { examplePrivacy } from "@/lib/site/legal-examples";

// Served from the cache: rendered by each server process on its first request (never from the build, see
// lib/security/csp-cache-handler.mjs), so the operator's VENDOR_* settings apply after a restart, without a rebuild.
export const revalidate = 60;

export const metadata: Metadata = {
  title: "Privacy notice",
  description: "How this website handles personal data.",
  alternates: { canonical: "/legal/privacy" },
};

export default function Page() {
  const vendor = getVendor();
  const own = readLegalText("privacy");
  return (
    <Container className="py-10">
      <PageHeader title="Privacy notice" lead={vendor.name} />
      {own === null && vendor.example ? (
        <div className="mt-6">
          <ExampleVendorNotice />
        </div>
      ) : null}
      <div className="mt-8">
        <LegalText text={own ?? examplePrivacy(vendor)} />
      </div>
    </Container>
  );
}
