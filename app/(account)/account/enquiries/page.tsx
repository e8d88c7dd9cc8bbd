import type { Metadata } from "next";
import Link from "next/link";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button-link";
import { formatDateTime } from "@/components/desk/format";
import { requirePageRole } from "@/lib/auth/guards";
import { ANY_USER } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { buyerStatusLabels, listBuyerEnquiries } from "@/lib/enquiries/buyer";
import type { EnquiryStatusValue } from "@/lib/validations/desk";

export const metadata: Metadata = { title: "Your enquiries", robots: { index: false } };

export default async function BuyerEnquiriesPage() {
  const user = await requirePageRole(ANY_USER, "/account/enquiries");
  const items = await listBuyerEnquiries(db, user.email);
  return (
    <Container className="py-10">
      <p className="text-sm">
        <Link href="/account" className="underline">
          Your account
        </Link>
      </p>
      <div className="mt-3">
        <PageHeader
          title="Your enquiries"
          lead={
            <>
              Enquiries sent from <strong className="wrap-anywhere">{user.email}</strong>, with sales&apos; replies.
            </>
          }
        />
      </div>
      {items.length === 0 ? (
        <div className="mt-8 space-y-4">
          <p className="text-slate-700 dark:text-slate-300">You have not sent an enquiry from this address yet.</p>
          <ButtonLink href="/enquire">Request a quote</ButtonLink>
        </div>
      ) : (
        <ul className="mt-8 divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
          {items.map((e) => (
            <li key={e.id} className="relative min-w-0 p-4 hover:bg-slate-50 dark:hover:bg-slate-900">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                {e.reference ? (
                  <Link
                    href={`/account/enquiries/${e.reference}`}
                    className="font-mono font-semibold after:absolute after:inset-0 hover:underline"
                  >
                    {e.reference}
                  </Link>
                ) : (
                  <span className="font-semibold">Enquiry of {formatDateTime(e.createdAt)}</span>
                )}
                <span className="text-sm font-medium">
                  {buyerStatusLabels[e.status as EnquiryStatusValue] ?? e.status}
                </span>
              </div>
              <p className="mt-1 text-sm text-slate-600 wrap-anywhere dark:text-slate-400">
                {e.organization} - sent <time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt)}</time>,
                last activity <time dateTime={e.updatedAt.toISOString()}>{formatDateTime(e.updatedAt)}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
    </Container>
  );
}
