// The price of a cohort for each use, with the tier arithmetic, and a link to buy it (signed, so the count cannot be
// changed on the way) or to ask for a quote above the self-serve limit. Meant for the cohort builder's page.
import Link from "next/link";
import { db } from "@/lib/db";
import { getAuthSecret } from "@/lib/auth/secret";
import { encodeCohort, signCohort, type CohortSnapshot } from "@/lib/licensing/cohort";
import { getLivePriceList } from "@/lib/licensing/price-list";
import { priceCohort, selfServeAllowed } from "@/lib/licensing/pricing";
import { USES, useLabels } from "@/lib/licensing/uses";
import { buttonClass } from "@/components/ui/button-link";
import { PriceBreakdown } from "./price-breakdown";

export function buyHref(cohort: CohortSnapshot, use: string, secret: string): string {
  const c = encodeCohort(cohort);
  return `/buy?${new URLSearchParams({ c, s: signCohort(c, secret), use })}`;
}

export async function CohortPrice({ cohort }: { cohort: CohortSnapshot }) {
  const list = await getLivePriceList(db);
  if (!list) return null;
  const secret = getAuthSecret();
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {USES.map((use) => {
        const price = priceCohort(list, cohort.studyCount, use);
        const allowed = selfServeAllowed(list, price);
        return (
          <section
            key={use}
            aria-labelledby={`cohort-price-${use}`}
            className="rounded-lg border border-slate-200 p-4 dark:border-slate-800"
          >
            <h3 id={`cohort-price-${use}`} className="font-semibold">
              {useLabels[use]} use
            </h3>
            <div className="mt-2">
              <PriceBreakdown price={price} />
            </div>
            {allowed.ok ? (
              <Link href={buyHref(cohort, use, secret)} className={`mt-3 ${buttonClass()}`}>
                Buy this cohort
              </Link>
            ) : (
              <p className="mt-3 text-sm">
                {allowed.reason}{" "}
                <Link href="/enquire" className="font-semibold underline">
                  Request a quote
                </Link>
              </p>
            )}
          </section>
        );
      })}
    </div>
  );
}
