// Stores a validated enquiry with its first timeline event and audit entry, in one transaction.
import type { Db } from "../db/create-client";
import type { Enquiry } from "../validations/enquiry";
import { recordAudit } from "../audit/record";
import { searchForm } from "./search-text";

export function searchTextOf(e: Pick<Enquiry, "name" | "email" | "organization" | "message">): string {
  return searchForm([e.name, e.email, e.organization, e.message].join("\n"));
}

export async function createEnquiry(db: Db, input: Enquiry, meta: { ip: string | null; source: string | null }) {
  return db.$transaction(async (tx) => {
    const enquiry = await tx.enquiry.create({
      data: {
        name: input.name,
        email: input.email,
        organization: input.organization,
        country: input.country,
        jobRole: input.jobRole,
        intendedUse: input.intendedUse,
        conditions: JSON.stringify(input.conditions),
        studyCount: input.studyCount ?? null,
        timeline: input.timeline,
        message: input.message,
        consent: input.consent,
        source: meta.source,
        ip: meta.ip,
        searchText: searchTextOf(input),
      },
    });
    await tx.enquiryEvent.create({
      data: { enquiryId: enquiry.id, type: "created", body: meta.source ? `Submitted from ${meta.source}` : null },
    });
    await recordAudit(tx, {
      actor: null,
      action: "enquiry.created",
      targetType: "enquiry",
      targetId: enquiry.id,
      details: { email: input.email, organization: input.organization, source: meta.source },
      ip: meta.ip,
    });
    return enquiry;
  });
}
