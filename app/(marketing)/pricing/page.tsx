import type { Metadata } from "next";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";

// Per request: the canonical and Open Graph URLs (metadataBase) and the footer's vendor follow the runtime
// configuration, not the build's. The page has no data to fetch, so this costs next to nothing.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Pricing",
  description: "How licences for the lumbar spine MRI dataset are priced: research and commercial use, whole dataset or a cohort.",
  alternates: { canonical: "/pricing" },
};

const plans = [
  { name: "Research", body: "Academic and non-profit research groups. Publication allowed with attribution." },
  { name: "Commercial", body: "Model development for products and services, internal or customer-facing." },
  { name: "Cohort", body: "Only the studies you need: choose conditions, method and demographics; pay per study." },
] as const;

export default function PricingPage() {
  return (
    <Container className="py-10">
      <PageHeader
        title="Pricing"
        lead="Every licence is quoted for its use and its cohort. Tell us what you need and sales replies with a quote, usually within one working day."
      />
      <div className="mt-8 grid gap-4 md:grid-cols-3">
        {plans.map((p) => (
          <Card key={p.name}>
            <h2 className="text-lg font-semibold">{p.name}</h2>
            <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{p.body}</p>
          </Card>
        ))}
      </div>
      <p className="mt-6 text-sm text-slate-700 dark:text-slate-300">
        Payment by card or by bank transfer against an invoice. Downloads are resumable and verifiable with SHA-256.
      </p>
      <div className="mt-6">
        <ButtonLink href="/enquire">Request a quote</ButtonLink>
      </div>
    </Container>
  );
}
