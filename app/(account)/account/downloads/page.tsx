import type { Metadata } from "next";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { HistoryTable } from "@/components/delivery/history-table";
import { requirePageRole } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { historyPage } from "@/lib/delivery/history";

export const metadata: Metadata = { title: "Download history", robots: { index: false } };

export default async function DownloadsPage({ searchParams }: { searchParams: Promise<{ before?: string }> }) {
  const user = await requirePageRole(["CUSTOMER"], "/account/downloads");
  const { before } = await searchParams;
  // Customers see their own organisation's licences only; without an organisation there is nothing to show.
  const page = user.organizationId
    ? await historyPage(db, { organizationId: user.organizationId }, { before, limit: 50 })
    : { rows: [], next: null };
  return (
    <Container className="space-y-6 py-10">
      <PageHeader title="Download history">
        <p className="mt-3 text-sm">
          Every download request under your organisation&apos;s licences.{" "}
          <a className="font-semibold underline" href="/account/downloads/export">
            Export as CSV
          </a>
        </p>
      </PageHeader>
      <Card>
        <HistoryTable rows={page.rows} showOrganisation={false} />
        {page.next ? (
          <p className="mt-3">
            <a className="font-semibold underline" href={`?${new URLSearchParams({ before: page.next })}`}>
              Older
            </a>
          </p>
        ) : null}
      </Card>
    </Container>
  );
}
