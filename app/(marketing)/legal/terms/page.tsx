import type { Metadata } from "next";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { LegalText } from "@/components/legal/legal-text";
import { ExampleVendorNotice } from "@/components/legal/example-notice";
import { getVendor, readLegalText } from "@/lib/site/vendor";
import { exampleTerms } from "@/lib/site/legal-examples";

// Served from the cache: rendered by each server process on its first request (never from the build, see
// lib/security/csp-cache-handler.mjs), so the operator's VENDOR_* settings apply after a restart, without a rebuild.
export const revalidate = 60;

export const metadata: Metadata = {
  title: "Terms of use",
  description: "The terms for using this website.",
  alternates: { canonical: "/legal/terms" },
};

export default function Page() {
  const vendor = getVendor();
  const own = readLegalText("terms");
  return (
    <Container className="py-10">
      <PageHeader title="Terms of use" lead={vendor.name} />
      {own === null && vendor.example ? (
        <div className="mt-6">
          <ExampleVendorNotice />
        </div>
      ) : null}
      <div className="mt-8">
        <LegalText text={own ?? exampleTerms(vendor)} />
      </div>
    </Container>
  );
}
