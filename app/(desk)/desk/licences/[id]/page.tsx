import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Container } from "@/components/ui/container";
import { Card } from "@/components/ui/card";
import { FormCard } from "@/components/licensing/form-card";
import { LicenceBadge } from "@/components/licensing/status-badges";
import { day } from "@/components/licensing/format";
import { requirePageRole } from "@/lib/auth/guards";
import { STAFF } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { effectiveStatus } from "@/lib/licensing/effective-status";
import { organizationName } from "@/lib/licensing/queries";
import {
  extendLicenceAction,
  reinstateLicenceAction,
  revokeLicenceAction,
  suspendLicenceAction,
} from "../../licensing-actions";

export const metadata: Metadata = { title: "Licence", robots: { index: false } };

export default async function DeskLicencePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageRole(STAFF, `/desk/licences/${id}`);
  const l = await db.licence.findUnique({ where: { id }, include: { acceptance: true } });
  if (!l) notFound();
  const status = effectiveStatus(l, new Date());
  const audit = await db.auditEvent.findMany({
    where: { targetType: "licence", targetId: id },
    orderBy: { createdAt: "asc" },
    take: 100,
  });
  return (
    <Container className="space-y-6 py-8">
      <h1 className="flex flex-wrap items-center gap-3 text-2xl font-bold tracking-tight">
        Licence {l.number} <LicenceBadge status={status} />
      </h1>
      <Card>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          <dt className="font-medium">Organisation</dt>
          <dd>{await organizationName(db, l.organizationId)}</dd>
          <dt className="font-medium">Cohort</dt>
          <dd>
            {l.cohortLabel}: {l.studyCount.toLocaleString("en")} studies, catalogue version {l.catalogueVersion}
          </dd>
          <dt className="font-medium">Valid</dt>
          <dd>
            {day(l.startsAt)} to {day(l.expiresAt)} ({l.termMonths}-month term)
          </dd>
          <dt className="font-medium">Agreement</dt>
          <dd>
            {l.acceptance
              ? `version ${l.acceptance.version} accepted by ${l.acceptance.userEmail}, ${l.acceptance.acceptedAt.toISOString()}, from ${l.acceptance.ip ?? "?"}`
              : "not accepted yet"}
          </dd>
          {l.revokedReason ? (
            <>
              <dt className="font-medium">Reason</dt>
              <dd>{l.revokedReason}</dd>
            </>
          ) : null}
          {l.orderId ? (
            <>
              <dt className="font-medium">Order</dt>
              <dd>
                <Link href="/desk/orders" className="underline">
                  {l.orderId}
                </Link>
              </dd>
            </>
          ) : null}
        </dl>
        <p className="mt-4">
          <a href={`/api/licensing/licences/${l.id}/certificate`} download className="font-semibold underline">
            Certificate PDF
          </a>
        </p>
      </Card>
      {status !== "REVOKED" ? (
        <div className="grid gap-6 md:grid-cols-2">
          <FormCard
            title="Extend"
            action={extendLicenceAction}
            id="extend-form"
            label="Extend the licence"
            submit="Extend"
            hidden={{ licenceId: l.id }}
            fields={[{ name: "months", label: "Months", type: "number", defaultValue: "12" }]}
          />
          <FormCard
            title="Revoke"
            action={revokeLicenceAction}
            id="revoke-form"
            label="Revoke the licence"
            submit="Revoke"
            variant="secondary"
            hidden={{ licenceId: l.id }}
            fields={[{ name: "reason", label: "Reason" }]}
          />
          {status === "ACTIVE" ? (
            <FormCard
              title="Suspend"
              action={suspendLicenceAction}
              id="suspend-form"
              label="Suspend the licence"
              submit="Suspend"
              variant="secondary"
              hidden={{ licenceId: l.id }}
              fields={[{ name: "reason", label: "Reason", required: false }]}
            />
          ) : null}
          {status === "SUSPENDED" ? (
            <FormCard
              title="Reinstate"
              action={reinstateLicenceAction}
              id="reinstate-form"
              label="Reinstate the licence"
              submit="Reinstate"
              hidden={{ licenceId: l.id }}
              fields={[]}
            />
          ) : null}
        </div>
      ) : null}
      <Card>
        <h2 className="text-lg font-semibold">History</h2>
        <ol className="mt-2 space-y-1 text-sm">
          {audit.map((a) => (
            <li key={a.id}>
              {a.createdAt.toISOString().slice(0, 16).replace("T", " ")} - {a.action} - {a.actorEmail ?? "system"}
              {a.details ? ` - ${a.details}` : ""}
            </li>
          ))}
        </ol>
      </Card>
    </Container>
  );
}
