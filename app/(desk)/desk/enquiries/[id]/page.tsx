import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Container } from "@/components/ui/container";
import { Card } from "@/components/ui/card";
import { StatusBadge } from "@/components/desk/status-badge";
import { EnquiryFields } from "@/components/desk/enquiry-fields";
import { Timeline } from "@/components/desk/timeline";
import { AssignForm, NoteForm, ReplyForm, StatusForm } from "@/components/desk/work-forms";
import { requirePageRole } from "@/lib/auth/guards";
import { STAFF } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { getEnquiry } from "@/lib/enquiries/detail";
import { resolveCohort } from "@/lib/catalogue/cohorts";
import { CohortSummary } from "@/components/cohort/cohort-summary";
import { listStaff } from "@/lib/users/list";
import { addNoteAction, assignAction, changeStatusAction, replyAction } from "../actions";

export const metadata: Metadata = { title: "Enquiry", robots: { index: false } };

const replySubject = (reference: string | null) =>
  reference
    ? `Your enquiry ${reference} about the Lumbar Spine MRI dataset`
    : "Your enquiry about the Lumbar Spine MRI dataset";

export default async function EnquiryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageRole(STAFF, `/desk/enquiries/${encodeURIComponent(id)}`);
  const [e, staff] = await Promise.all([getEnquiry(db, id), listStaff(db)]);
  if (!e) notFound();
  const cohort = e.cohortId ? await resolveCohort(db, e.cohortId) : null;
  return (
    <Container className="py-8">
      <p className="text-sm">
        <Link href="/desk" className="underline">
          Back to enquiries
        </Link>
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <h1 className="min-w-0 text-2xl font-bold tracking-tight wrap-anywhere">{e.name}</h1>
        <StatusBadge status={e.status} />
        {e.reference ? (
          <span className="font-mono text-sm text-slate-600 dark:text-slate-400">{e.reference}</span>
        ) : null}
        <Link
          href={`/desk/quotes/new?enquiryId=${e.id}`}
          className="ml-auto rounded-md border border-slate-300 px-3 py-2 text-sm font-semibold hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-900"
        >
          Create a quote
        </Link>
      </div>
      <p className="mt-1 text-slate-600 wrap-anywhere dark:text-slate-400">{e.organization}</p>
      {/* The actions come first in the document, so on a phone they sit above the (long) timeline; on a wide screen
          the grid places them in the right-hand column. */}
      <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-6 lg:col-start-2 lg:row-start-1">
          <Card>
            <h2 className="sr-only">Pipeline</h2>
            <div className="space-y-5">
              <StatusForm action={changeStatusAction} enquiryId={e.id} status={e.status} />
              <AssignForm action={assignAction} enquiryId={e.id} assigneeId={e.assigneeId} staff={staff} />
            </div>
          </Card>
          <Card>
            <h2 className="text-lg font-semibold">Notes</h2>
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Only sales and admins see notes.</p>
            <div className="mt-4">
              <NoteForm action={addNoteAction} enquiryId={e.id} />
            </div>
          </Card>
        </div>
        <div className="min-w-0 space-y-6 lg:col-start-1 lg:row-start-1">
          <Card>
            <h2 className="text-lg font-semibold">Details</h2>
            <div className="mt-4">
              <EnquiryFields e={e} />
            </div>
          </Card>
          {cohort ? <CohortSummary cohort={cohort} title="Requested cohort" /> : null}
          <Card>
            <h2 className="text-lg font-semibold">Reply by email</h2>
            <div className="mt-4">
              <ReplyForm
                action={replyAction}
                enquiryId={e.id}
                to={e.email}
                defaultSubject={replySubject(e.reference)}
                isNew={e.status === "NEW"}
              />
            </div>
          </Card>
          <Card>
            <h2 className="text-lg font-semibold">Timeline</h2>
            <div className="mt-4">
              <Timeline events={e.events} />
            </div>
          </Card>
        </div>
      </div>
    </Container>
  );
}
