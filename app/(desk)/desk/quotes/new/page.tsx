import type { Metadata } from "next";
import Link from "next/link";
import { Container } from "@/components/ui/container";
import { Card } from "@/components/ui/card";
import { FieldsForm } from "@/components/licensing/fields-form";
import { PriceTable } from "@/components/licensing/price-table";
import { requirePageRole } from "@/lib/auth/guards";
import { STAFF } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { getLivePriceList } from "@/lib/licensing/price-list";
import { USES, useLabels, isUse } from "@/lib/licensing/uses";
import { createQuoteAction } from "../../licensing-actions";

export const metadata: Metadata = { title: "New quote", robots: { index: false } };

export default async function NewQuotePage({ searchParams }: { searchParams: Promise<{ enquiryId?: string }> }) {
  await requirePageRole(STAFF, "/desk/quotes/new");
  const { enquiryId } = await searchParams;
  const enquiry = enquiryId ? await db.enquiry.findUnique({ where: { id: enquiryId } }) : null;
  const [orgs, list] = await Promise.all([
    db.organization.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true }, take: 500 }),
    getLivePriceList(db),
  ]);
  const matching = enquiry ? orgs.find((o) => o.name.toLowerCase() === enquiry.organization.toLowerCase()) : undefined;
  const conditions = enquiry ? (JSON.parse(enquiry.conditions) as string[]) : [];
  return (
    <Container className="space-y-6 py-8">
      <h1 className="text-2xl font-bold tracking-tight">New quote</h1>
      {enquiry ? (
        <p className="text-sm">
          From the enquiry of{" "}
          <Link href={`/desk/enquiries/${enquiry.id}`} className="underline">
            {enquiry.name}, {enquiry.organization}
          </Link>
          .
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <Card>
          <FieldsForm
            action={createQuoteAction}
            id="quote-form"
            label="New quote"
            submit="Create and email the quote"
            pending="Creating..."
            hidden={{ enquiryId: enquiry?.id ?? "" }}
            fields={[
              {
                name: "organizationId",
                label: "Organisation",
                type: "select",
                defaultValue: matching?.id ?? "",
                options: [
                  { value: "", label: "New organisation (name below)" },
                  ...orgs.map((o) => ({ value: o.id, label: o.name })),
                ],
              },
              {
                name: "newOrganization",
                label: "New organisation name",
                required: false,
                defaultValue: matching ? "" : (enquiry?.organization ?? ""),
              },
              { name: "contactEmail", label: "Buyer's email", type: "email", defaultValue: enquiry?.email ?? "" },
              { name: "contactName", label: "Buyer's name", required: false, defaultValue: enquiry?.name ?? "" },
              {
                name: "use",
                label: "Use",
                type: "select",
                defaultValue: enquiry && isUse(enquiry.intendedUse) ? enquiry.intendedUse : "research",
                options: USES.map((u) => ({ value: u, label: useLabels[u] })),
              },
              {
                name: "cohortLabel",
                label: "Cohort",
                defaultValue: conditions.length ? conditions.join(", ") : "Whole dataset",
              },
              {
                name: "studyCount",
                label: "Studies",
                type: "number",
                defaultValue: enquiry?.studyCount ? String(enquiry.studyCount) : "",
              },
              { name: "sizeBytes", label: "Size (bytes)", type: "number", required: false, defaultValue: "0" },
              { name: "catalogueVersion", label: "Catalogue version", type: "number", defaultValue: "1" },
              {
                name: "cohortFilter",
                label: "Cohort filter (JSON)",
                required: false,
                defaultValue: JSON.stringify(conditions.length ? { conditions } : {}),
              },
              {
                name: "unitPrice",
                label: "Flat price per study",
                required: false,
                hint: "Empty: the price list's bands.",
              },
              { name: "discount", label: "Discount (amount)", required: false },
              { name: "discountReason", label: "Reason for the discount", required: false, wide: true },
              { name: "validDays", label: "Valid for (days)", type: "number", defaultValue: "30" },
            ]}
          />
        </Card>
        {list ? (
          <Card>
            {USES.map((u) => (
              <div key={u} className="mb-4">
                <PriceTable list={list} use={u} />
              </div>
            ))}
          </Card>
        ) : null}
      </div>
    </Container>
  );
}
