import type { Metadata } from "next";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";
import { PriceTable } from "@/components/licensing/price-table";
import { db } from "@/lib/db";
import { formatMoney } from "@/lib/licensing/money";
import { getLivePriceList } from "@/lib/licensing/price-list";
import { USES } from "@/lib/licensing/uses";
import { atRuntime } from "@/lib/storefront/build-phase";

export const metadata: Metadata = {
  title: "Pricing",
  description:
    "How licences for the lumbar spine MRI dataset are priced: research and commercial use, price per study with volume bands.",
  alternates: { canonical: "/pricing" },
};

// Served from the cache (ISR): publishing a price list expires it (the desk action, and /api/revalidate on the other
// instances); otherwise it is at most a minute old.
export const revalidate = 60;

export default async function PricingPage() {
  const list = await atRuntime(() => getLivePriceList(db), null);
  return (
    <Container className="py-10">
      <PageHeader
        title="Pricing"
        lead="Pay per study for the cohort you need: choose conditions, method and demographics, and the price follows from the bands below."
      />
      {list ? (
        <>
          <div className="mt-8 grid gap-4 md:grid-cols-2">
            {USES.map((use) => (
              <Card key={use}>
                <PriceTable list={list} use={use} />
              </Card>
            ))}
          </div>
          <p className="mt-6 text-sm text-slate-700 dark:text-slate-300">
            Prices in {list.currency}, excluding VAT, for a {list.termMonths}-month licence (price list version{" "}
            {list.version}).
            {list.selfServeMaxStudies !== null || list.selfServeMaxMinor !== null ? (
              <>
                {" "}
                Cohorts up to {list.selfServeMaxStudies?.toLocaleString("en") ?? "any number of"} studies
                {list.selfServeMaxMinor !== null ? (
                  <> and {formatMoney(list.selfServeMaxMinor, list.currency)}</>
                ) : null}{" "}
                can be bought directly by card or invoice; larger purchases are quoted by sales.
              </>
            ) : null}
          </p>
        </>
      ) : (
        <p className="mt-8 text-slate-700 dark:text-slate-300">Every licence is quoted for its use and cohort.</p>
      )}
      <p className="mt-4 text-sm text-slate-700 dark:text-slate-300">
        Payment by card or by bank transfer against an invoice. Downloads are resumable and verifiable with SHA-256.
      </p>
      <div className="mt-6">
        <ButtonLink href="/enquire">Request a quote</ButtonLink>
      </div>
    </Container>
  );
}
