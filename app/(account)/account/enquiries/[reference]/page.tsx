import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Container } from "@/components/ui/container";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/components/desk/format";
import { BuyerConversation } from "@/components/account/buyer-conversation";
import { BuyerReplyForm } from "@/components/account/buyer-reply-form";
import { requirePageRole } from "@/lib/auth/guards";
import { ANY_USER } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { buyerStatusLabels, getBuyerEnquiry } from "@/lib/enquiries/buyer";
import { REFERENCE_PATTERN } from "@/lib/enquiries/reference";
import type { EnquiryStatusValue } from "@/lib/validations/desk";
import { buyerReplyAction } from "../actions";

export const metadata: Metadata = { title: "Your enquiry", robots: { index: false } };

export default async function BuyerEnquiryPage({ params }: { params: Promise<{ reference: string }> }) {
  const { reference } = await params;
  const user = await requirePageRole(ANY_USER, `/account/enquiries/${encodeURIComponent(reference)}`);
  // Someone else's reference and a reference that does not exist look the same: not found.
  const e = REFERENCE_PATTERN.test(reference) ? await getBuyerEnquiry(db, user.email, reference) : null;
  if (!e) notFound();
  const closed = e.status === "LOST" || e.status === "SPAM";
  return (
    <Container className="py-10">
      <p className="text-sm">
        <Link href="/account/enquiries" className="underline">
          Your enquiries
        </Link>
      </p>
      <h1 className="mt-3 text-3xl font-bold tracking-tight">
        Enquiry <span className="font-mono">{e.reference}</span>
      </h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        Status:{" "}
        <strong data-testid="buyer-status">{buyerStatusLabels[e.status as EnquiryStatusValue] ?? e.status}</strong> -
        sent <time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt)}</time>
      </p>
      <div className="mt-8 grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <Card className="min-w-0">
          <h2 className="text-lg font-semibold">Conversation</h2>
          <div className="mt-4">
            <BuyerConversation e={e} />
          </div>
        </Card>
        <Card className="min-w-0 self-start">
          <h2 className="text-lg font-semibold">Reply to sales</h2>
          {closed ? (
            <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
              This enquiry is closed.{" "}
              <Link href="/enquire" className="underline">
                Send a new enquiry
              </Link>{" "}
              if your needs have changed.
            </p>
          ) : (
            <div className="mt-4">
              <BuyerReplyForm action={buyerReplyAction} reference={e.reference!} />
            </div>
          )}
        </Card>
      </div>
    </Container>
  );
}
