// The terms and privacy pages: the operator's own text file when set (VENDOR_TERMS_FILE, VENDOR_PRIVACY_FILE), else
// the example text, marked as an example while the vendor details are examples too.
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { LegalText } from "@/components/legal/legal-text";
import { ExampleVendorNotice } from "@/components/legal/example-notice";
import { getVendor, readLegalText, type LegalDoc } from "@/lib/site/vendor";
import { examplePrivacy, exampleTerms } from "@/lib/site/legal-examples";

const examples = { terms: exampleTerms, privacy: examplePrivacy } satisfies Record<LegalDoc, unknown>;

export function LegalPage({ doc, title }: { doc: LegalDoc; title: string }) {
  const vendor = getVendor();
  const own = readLegalText(doc);
  return (
    <Container className="py-10">
      <PageHeader title={title} lead={vendor.name} />
      {own === null && vendor.example ? (
        <div className="mt-6">
          <ExampleVendorNotice />
        </div>
      ) : null}
      <div className="mt-8">
        <LegalText text={own ?? examples[doc](vendor)} />
      </div>
    </Container>
  );
}
