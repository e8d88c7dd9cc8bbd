import type { Metadata } from "next";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { LegalText } from "@/components/legal/legal-text";
import { ExampleVendorNotice } from "@/components/legal/example-notice";
import { getVendor, readLegalText } from "@/lib/site/vendor";
import { examplePrivacy } from "@/lib/site/legal-examples";

// Read at request time: the operator's VENDOR_* settings and text file apply without a rebuild.
export const dynamic = "force-dynamic";

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
