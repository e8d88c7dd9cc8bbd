import type { Metadata } from "next";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button-link";
import { Notice } from "@/components/ui/notice";
import { REFERENCE_PATTERN } from "@/lib/enquiries/reference";

export const metadata: Metadata = { title: "Enquiry received", robots: { index: false } };

// Shows only the reference from the URL, never the enquiry itself: the URL is not a credential.
export default async function ThanksPage({ searchParams }: { searchParams: Promise<{ ref?: string | string[] }> }) {
  const raw = (await searchParams).ref;
  const ref = typeof raw === "string" && REFERENCE_PATTERN.test(raw) ? raw : null;
  return (
    <Container className="py-10">
      <div className="max-w-3xl">
        <PageHeader title="Thank you - we received your enquiry" />
        <div className="mt-6 space-y-4">
          <Notice tone="success" role="status">
            A confirmation is on its way to your email address. Sales replies, usually within one working day.
            {ref ? (
              <span className="mt-1 block">
                Your reference:{" "}
                <strong className="font-mono" data-testid="enquiry-reference">
                  {ref}
                </strong>
              </span>
            ) : null}
          </Notice>
          <p className="text-slate-700 dark:text-slate-300">
            Sign in with the same email address to follow your enquiry, read sales&apos; replies and answer them.
          </p>
          <div className="flex flex-wrap gap-3">
            <ButtonLink href="/account/enquiries">Your enquiries</ButtonLink>
            <ButtonLink href="/statistics" variant="secondary">
              Explore the statistics
            </ButtonLink>
            <ButtonLink href="/" variant="secondary">
              Home
            </ButtonLink>
          </div>
        </div>
      </div>
    </Container>
  );
}
