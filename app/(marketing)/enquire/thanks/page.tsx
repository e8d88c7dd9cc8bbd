import type { Metadata } from "next";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button-link";
import { Notice } from "@/components/ui/notice";

export const metadata: Metadata = { title: "Enquiry received", robots: { index: false } };

// Shows only the reference from the URL, never the enquiry itself: the URL is not a credential.
export default async function ThanksPage({ searchParams }: { searchParams: Promise<{ ref?: string | string[] }> }) {
  const raw = (await searchParams).ref;
  const ref = typeof raw === "string" && /^[a-z0-9]{10,40}$/.test(raw) ? raw : null;
  return (
    <Container className="py-10">
      <div className="max-w-3xl">
        <PageHeader title="Thank you - we received your enquiry" />
        <div className="mt-6 space-y-4">
          <Notice tone="success" role="status">
            A confirmation is on its way to your email address. Sales replies, usually within one working day.
            {ref ? <span className="mt-1 block">Your reference: <span className="font-mono">{ref}</span></span> : null}
          </Notice>
          <div className="flex flex-wrap gap-3">
            <ButtonLink href="/statistics">Explore the statistics</ButtonLink>
            <ButtonLink href="/" variant="secondary">Home</ButtonLink>
          </div>
        </div>
      </div>
    </Container>
  );
}
