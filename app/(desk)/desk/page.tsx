import type { Metadata } from "next";
import { Container } from "@/components/ui/container";
import { buttonClass } from "@/components/ui/button-link";
import { InboxFiltersForm } from "@/components/desk/inbox-filters";
import { PipelineTabs } from "@/components/desk/pipeline-tabs";
import { EnquiryList } from "@/components/desk/enquiry-list";
import { Pager } from "@/components/desk/pager";
import { requirePageRole } from "@/lib/auth/guards";
import { STAFF } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { listEnquiries } from "@/lib/enquiries/inbox";
import { filtersToQuery, parseInboxFilters } from "@/lib/enquiries/inbox-filters";
import { listStaff } from "@/lib/users/list";

export const metadata: Metadata = { title: "Enquiries", robots: { index: false } };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function InboxPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const user = await requirePageRole(STAFF, `/desk${filtersToQuery(parseInboxFilters(params))}`);
  const filters = parseInboxFilters(params);
  const [page, staff] = await Promise.all([listEnquiries(db, filters, user.id), listStaff(db)]);
  return (
    <Container className="space-y-6 py-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">Enquiries</h1>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400" role="status">
            {page.total.toLocaleString("en")} {page.total === 1 ? "enquiry matches" : "enquiries match"}
          </p>
        </div>
        <a href={`/desk/enquiries/export${filtersToQuery(filters)}`} className={buttonClass("secondary")} download>
          Export CSV
        </a>
      </div>
      <PipelineTabs filters={filters} counts={page.byStatus} />
      <details
        className="rounded-lg border border-slate-200 p-4 dark:border-slate-800"
        open={Boolean(filters.q || filters.assignee || filters.use || filters.country || filters.from || filters.to)}
      >
        <summary className="cursor-pointer text-sm font-semibold">Search and filters</summary>
        <div className="mt-4">
          <InboxFiltersForm filters={filters} staff={staff} />
        </div>
      </details>
      <EnquiryList items={page.items} />
      <Pager
        prev={page.prev}
        next={page.next}
        href={(c) => `/desk${filtersToQuery(filters, c)}`}
        label="Enquiry pages"
      />
    </Container>
  );
}
