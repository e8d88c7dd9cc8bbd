import type { Metadata } from "next";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button-link";
import { ExampleVendorNotice } from "@/components/legal/example-notice";
import { VendorDetails } from "@/components/legal/vendor-details";
import { getVendor } from "@/lib/site/vendor";

// Served from the cache: rendered by each server process on its first request (never from the build, see
// lib/security/csp-cache-handler.mjs), so the operator's VENDOR_* settings apply after a restart, without a rebuild.
export const revalidate = 60;

export const metadata: Metadata = {
  title: "Contact",
  description: "How to reach the company that sells the dataset.",
  alternates: { canonical: "/contact" },
};

export default function ContactPage() {
  const vendor = getVendor();
  return (
    <Container className="py-10">
      <PageHeader title="Contact" lead="Questions about the dataset, licences or your enquiry: write or call us." />
      {vendor.example ? (
        <div className="mt-6">
          <ExampleVendorNotice />
        </div>
      ) : null}
      <div className="mt-8 max-w-3xl space-y-8">
        <VendorDetails vendor={vendor} />
        <div className="flex flex-wrap gap-3">
          <ButtonLink href="/enquire?from=/contact">Request a quote</ButtonLink>
          <ButtonLink href="/account/enquiries" variant="secondary">
            Follow your enquiries
          </ButtonLink>
        </div>
      </div>
    </Container>
  );
}
