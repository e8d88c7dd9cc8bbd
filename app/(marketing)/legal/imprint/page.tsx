import type { Metadata } from "next";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { ExampleVendorNotice } from "@/components/legal/example-notice";
import { VendorDetails } from "@/components/legal/vendor-details";
import { getVendor } from "@/lib/site/vendor";

// Served from the cache: rendered by each server process on its first request (never from the build, see
// lib/security/csp-cache-handler.mjs), so the operator's VENDOR_* settings apply after a restart, without a rebuild.
export const revalidate = 60;

export const metadata: Metadata = {
  title: "Imprint",
  description: "Who operates this website.",
  alternates: { canonical: "/legal/imprint" },
};

export default function ImprintPage() {
  const vendor = getVendor();
  return (
    <Container className="py-10">
      <PageHeader title="Imprint" lead="Who operates this website and sells the dataset." />
      {vendor.example ? (
        <div className="mt-6">
          <ExampleVendorNotice />
        </div>
      ) : null}
      <div className="mt-8 max-w-3xl">
        <VendorDetails vendor={vendor} legal />
      </div>
    </Container>
  );
}
