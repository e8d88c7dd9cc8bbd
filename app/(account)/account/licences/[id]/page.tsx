import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { AgreementText } from "@/components/licensing/agreement-text";
import { FieldsForm } from "@/components/licensing/fields-form";
import { LicenceBadge } from "@/components/licensing/status-badges";
import { day, gb } from "@/components/licensing/format";
import { requirePageRole } from "@/lib/auth/guards";
import { ANY_USER } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors/app-error";
import { currentAgreement } from "@/lib/licensing/agreements";
import { licenceForViewer } from "@/lib/licensing/queries";
import { useLabels, type Use } from "@/lib/licensing/uses";
import { acceptLicenceAction } from "../../licensing-actions";
import { LicenceDelivery } from "@/components/delivery/licence-delivery";
import { licenceStudies } from "@/lib/delivery/portal";
import { listTokens } from "@/lib/delivery/tokens";

export const metadata: Metadata = { title: "Licence", robots: { index: false } };

async function load(user: Awaited<ReturnType<typeof requirePageRole>>, id: string) {
  try {
    return await licenceForViewer(db, user, id, new Date());
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  }
}

export default async function LicencePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const query = await searchParams;
  const user = await requirePageRole(ANY_USER, `/account/licences/${id}`);
  const l = await load(user, id);
  const agreement = l.effective === "PENDING" ? await currentAgreement(db, l.use) : null;
  const now = new Date();
  // Customers of the licence's organisation download; staff see the same page without download links.
  const canDownload = l.effective === "ACTIVE" && user.role === "CUSTOMER" && user.organizationId === l.organizationId;
  const [studies, tokens] = await Promise.all([
    l.effective === "ACTIVE" || l.effective === "SUSPENDED" ? licenceStudies(db, l, query) : null,
    listTokens(db, { licenceId: l.id, kind: "DOWNLOAD" }),
  ]);
  return (
    <Container className="space-y-6 py-10">
      <PageHeader title={`Licence ${l.number}`}>
        <p className="mt-3 flex items-center gap-2" data-testid="licence-status">
          Status: <LicenceBadge status={l.effective} />
        </p>
      </PageHeader>
      {l.effective === "REVOKED" ? (
        <Notice tone="error" role="alert">
          This licence was revoked{l.revokedReason ? `: ${l.revokedReason}` : ""}. Downloads under it have stopped.
        </Notice>
      ) : null}
      {l.effective === "SUSPENDED" ? (
        <Notice tone="warning">
          This licence is suspended{l.revokedReason ? `: ${l.revokedReason}` : ""}. Downloads are paused.
        </Notice>
      ) : null}
      {l.effective === "EXPIRED" ? <Notice tone="warning">This licence expired on {day(l.expiresAt)}.</Notice> : null}
      <Card>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          <dt className="font-medium">Use</dt>
          <dd>{useLabels[l.use as Use] ?? l.use}</dd>
          <dt className="font-medium">Cohort</dt>
          <dd>{l.cohortLabel}</dd>
          <dt className="font-medium">Studies</dt>
          <dd>
            {l.studyCount.toLocaleString("en")} ({gb(l.sizeBytes)}), catalogue version {l.catalogueVersion}
          </dd>
          <dt className="font-medium">Filter</dt>
          <dd className="break-all font-mono text-xs">{l.cohortFilter}</dd>
          <dt className="font-medium">Valid</dt>
          <dd>
            {day(l.startsAt)} to {day(l.expiresAt)}
          </dd>
          <dt className="font-medium">Agreement</dt>
          <dd>
            {l.acceptance ? (
              <>
                Version {l.acceptance.version} accepted by {l.acceptance.userEmail} on{" "}
                {l.acceptance.acceptedAt.toISOString().slice(0, 16).replace("T", " ")} UTC.{" "}
                <a href={`/api/licensing/acceptances/${l.acceptance.id}/text`} className="font-semibold underline">
                  Download the exact text
                </a>
                <span className="block break-all text-xs text-slate-600 dark:text-slate-400">
                  SHA-256 {l.acceptance.sha256}
                </span>
              </>
            ) : (
              "Not accepted yet"
            )}
          </dd>
        </dl>
        <p className="mt-4">
          <a href={`/api/licensing/licences/${l.id}/certificate`} className="font-semibold underline">
            Licence certificate (PDF)
          </a>
          {l.order ? (
            <>
              {" "}
              -{" "}
              <a href={`/account/orders/${l.order.id}`} className="underline">
                the order
              </a>
            </>
          ) : null}
        </p>
      </Card>
      {agreement && user.role === "CUSTOMER" ? (
        <Card>
          <p className="mb-4 text-sm">
            Sales granted this licence. It starts when you accept the licence agreement on behalf of your organisation.
          </p>
          <AgreementText agreement={agreement} />
          <div className="mt-4">
            <FieldsForm
              action={acceptLicenceAction}
              id="accept-licence-form"
              label="Accept the agreement"
              submit="Accept and start the licence"
              hidden={{ licenceId: l.id, agreementVersionId: agreement.id, agreementSha256: agreement.sha256 }}
              fields={[
                {
                  name: "accept",
                  label: "I have read the licence agreement above and accept it on behalf of my organisation.",
                  type: "checkbox",
                  required: true,
                },
              ]}
            />
          </div>
        </Card>
      ) : null}
      {studies ? (
        <LicenceDelivery
          licenceId={l.id}
          list={studies}
          query={query}
          tokens={tokens}
          now={now}
          canDownload={canDownload}
        />
      ) : null}
    </Container>
  );
}
