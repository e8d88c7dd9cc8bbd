import type { Metadata } from "next";
import Link from "next/link";
import { Container } from "@/components/ui/container";
import { Card } from "@/components/ui/card";
import { DeskTable, StatusTabs } from "@/components/licensing/desk-table";
import { FieldsForm } from "@/components/licensing/fields-form";
import { LicenceBadge } from "@/components/licensing/status-badges";
import { day } from "@/components/licensing/format";
import { requirePageRole } from "@/lib/auth/guards";
import { STAFF } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { effectiveStatus } from "@/lib/licensing/effective-status";
import { getLivePriceList } from "@/lib/licensing/price-list";
import { USES, useLabels } from "@/lib/licensing/uses";
import { grantLicenceAction } from "../licensing-actions";

export const metadata: Metadata = { title: "Licences", robots: { index: false } };

const TABS = ["", "PENDING", "ACTIVE", "EXPIRED", "SUSPENDED", "REVOKED"].map((v) => ({
  value: v,
  label: v ? v.charAt(0) + v.slice(1).toLowerCase() : "All",
}));

export default async function DeskLicencesPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  await requirePageRole(STAFF, "/desk/licences");
  const sp = await searchParams;
  const status = TABS.some((t) => t.value === sp.status) ? sp.status! : "";
  const now = new Date();
  const where =
    status === "EXPIRED"
      ? { status: "ACTIVE", expiresAt: { lte: now } }
      : status === "ACTIVE"
        ? { status: "ACTIVE", expiresAt: { gt: now } }
        : status
          ? { status }
          : {};
  const [licences, orgs, list] = await Promise.all([
    db.licence.findMany({ where, orderBy: { createdAt: "desc" }, take: 100 }),
    db.organization.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true }, take: 500 }),
    getLivePriceList(db),
  ]);
  const names = new Map(orgs.map((o) => [o.id, o.name]));
  return (
    <Container className="space-y-6 py-8">
      <h1 className="text-2xl font-bold tracking-tight">Licences</h1>
      <StatusTabs base="/desk/licences" current={status} tabs={TABS} />
      {licences.length === 0 ? (
        <p className="text-slate-600 dark:text-slate-400">No licences.</p>
      ) : (
        <DeskTable caption="Licences" head={["Number", "Organisation", "Cohort", "Use", "Valid", "Status"]}>
          {licences.map((l) => (
            <tr key={l.id}>
              <td className="py-2 pr-3">
                <Link href={`/desk/licences/${l.id}`} className="font-semibold underline">
                  {l.number}
                </Link>
              </td>
              <td className="py-2 pr-3">{names.get(l.organizationId)}</td>
              <td className="py-2 pr-3">
                {l.cohortLabel} ({l.studyCount.toLocaleString("en")})
              </td>
              <td className="py-2 pr-3">{useLabels[l.use as "research"] ?? l.use}</td>
              <td className="py-2 pr-3">
                {day(l.startsAt)} to {day(l.expiresAt)}
              </td>
              <td className="py-2">
                <LicenceBadge status={effectiveStatus(l, now)} />
              </td>
            </tr>
          ))}
        </DeskTable>
      )}
      <Card>
        <h2 className="text-lg font-semibold">Grant a licence</h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          For a deal closed outside the app. The licence starts when a member of the organisation accepts the agreement.
        </p>
        <div className="mt-4">
          <FieldsForm
            action={grantLicenceAction}
            id="grant-form"
            label="Grant a licence"
            submit="Grant"
            fields={[
              {
                name: "organizationId",
                label: "Organisation",
                type: "select",
                options: orgs.map((o) => ({ value: o.id, label: o.name })),
              },
              {
                name: "use",
                label: "Use",
                type: "select",
                options: USES.map((u) => ({ value: u, label: useLabels[u] })),
              },
              { name: "cohortLabel", label: "Cohort", defaultValue: "Whole dataset" },
              { name: "studyCount", label: "Studies", type: "number" },
              { name: "catalogueVersion", label: "Catalogue version", type: "number", defaultValue: "1" },
              { name: "sizeBytes", label: "Size (bytes)", type: "number", defaultValue: "0", required: false },
              { name: "cohortFilter", label: "Cohort filter (JSON)", defaultValue: "{}", required: false },
              {
                name: "termMonths",
                label: "Term (months)",
                type: "number",
                defaultValue: String(list?.termMonths ?? 12),
              },
              { name: "reason", label: "Deal reference", wide: true, hint: "Where and how the deal was closed." },
            ]}
          />
        </div>
      </Card>
    </Container>
  );
}
