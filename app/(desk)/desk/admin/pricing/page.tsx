import type { Metadata } from "next";
import { Container } from "@/components/ui/container";
import { Card } from "@/components/ui/card";
import { FieldsForm } from "@/components/licensing/fields-form";
import { PriceTable } from "@/components/licensing/price-table";
import { requirePageRole } from "@/lib/auth/guards";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { CURRENCIES, formatMoney, minorToDecimal } from "@/lib/licensing/money";
import { DEFAULT_PRICE_LIST, getLivePriceList, tierText } from "@/lib/licensing/price-list";
import { USES } from "@/lib/licensing/uses";
import { publishPriceListAction } from "../licensing-actions";

export const metadata: Metadata = { title: "Price list", robots: { index: false } };

export default async function PricingAdminPage() {
  await requirePageRole(ADMIN_ONLY, "/desk/admin/pricing");
  const live = await getLivePriceList(db);
  const versions = await db.priceList.findMany({
    orderBy: { version: "desc" },
    take: 20,
    select: {
      id: true,
      version: true,
      publishedAt: true,
      note: true,
      _count: { select: { orders: true, quotes: true } },
    },
  });
  const base = live ?? { ...DEFAULT_PRICE_LIST, id: "", version: 0 };
  return (
    <Container className="space-y-6 py-8">
      <h1 className="text-2xl font-bold tracking-tight">Price list</h1>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Publishing creates a new version; quotes and orders keep the version they were priced with. The live version is
        shown on /pricing.
      </p>
      {live ? (
        <Card>
          <h2 className="text-lg font-semibold">
            Live: version {live.version} ({live.currency}, {live.termMonths} months)
          </h2>
          <div className="mt-4 grid gap-6 md:grid-cols-2">
            {USES.map((u) => (
              <PriceTable key={u} list={live} use={u} />
            ))}
          </div>
          <p className="mt-4 text-sm">
            Self-serve limit: {live.selfServeMaxStudies?.toLocaleString("en") ?? "no"} studies,{" "}
            {live.selfServeMaxMinor !== null ? formatMoney(live.selfServeMaxMinor, live.currency) : "no amount limit"}.
          </p>
        </Card>
      ) : null}
      <Card>
        <h2 className="text-lg font-semibold">Publish a new version</h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Bands: one per line, &ldquo;first study, price per study&rdquo;, e.g. <code>1001 2.50</code>. The first band
          starts at 1.
        </p>
        <div className="mt-4">
          <FieldsForm
            action={publishPriceListAction}
            id="price-list-form"
            label="Publish a price list"
            submit="Publish version"
            pending="Publishing..."
            fields={[
              {
                name: "currency",
                label: "Currency",
                type: "select",
                defaultValue: base.currency,
                options: CURRENCIES.map((c) => ({ value: c, label: c })),
              },
              {
                name: "termMonths",
                label: "Licence term (months)",
                type: "number",
                defaultValue: String(base.termMonths),
              },
              {
                name: "researchMinimum",
                label: "Research: minimum order",
                defaultValue: minorToDecimal(base.uses.research.minimumMinor),
              },
              {
                name: "commercialMinimum",
                label: "Commercial: minimum order",
                defaultValue: minorToDecimal(base.uses.commercial.minimumMinor),
              },
              {
                name: "researchTiers",
                label: "Research: bands",
                type: "textarea",
                defaultValue: tierText(base.uses.research.tiers),
                wide: false,
              },
              {
                name: "commercialTiers",
                label: "Commercial: bands",
                type: "textarea",
                defaultValue: tierText(base.uses.commercial.tiers),
                wide: false,
              },
              {
                name: "selfServeMaxStudies",
                label: "Self-serve limit: studies",
                hint: "Larger cohorts go to a quote. Empty: no limit.",
                required: false,
                defaultValue: base.selfServeMaxStudies?.toString() ?? "",
              },
              {
                name: "selfServeMaxAmount",
                label: "Self-serve limit: amount",
                hint: "Larger totals go to a quote. Empty: no limit.",
                required: false,
                defaultValue: base.selfServeMaxMinor !== null ? minorToDecimal(base.selfServeMaxMinor) : "",
              },
              { name: "note", label: "Note", required: false, wide: true },
            ]}
          />
        </div>
      </Card>
      <Card>
        <h2 className="text-lg font-semibold">Versions</h2>
        <ul className="mt-3 space-y-1 text-sm">
          {versions.map((v) => (
            <li key={v.id}>
              Version {v.version} - {v.publishedAt.toISOString().slice(0, 10)}
              {v.note ? ` - ${v.note}` : ""} ({v._count.quotes} quotes, {v._count.orders} orders)
            </li>
          ))}
        </ul>
      </Card>
    </Container>
  );
}
