// Stores a validated enquiry with its first timeline event and audit entry, in one transaction.
import type { Db } from "../db/create-client";
import type { Enquiry } from "../validations/enquiry";
import { recordAudit } from "../audit/record";
import { isReferenceClash, nextReference } from "./reference";
import { searchForm } from "./search-text";

export function searchTextOf(e: Pick<Enquiry, "name" | "email" | "organization" | "message">): string {
  return searchForm([e.name, e.email, e.organization, e.message].join("\n"));
}

type Meta = { ip: string | null; source: string | null; cohortId?: string | null; now?: Date };

// Each attempt places at least one of the enquiries racing for a number; this many arriving in the same instant is
// far beyond a storefront's enquiry rate.
const REFERENCE_ATTEMPTS = 25;

export async function createEnquiry(db: Db, input: Enquiry, meta: Meta) {
  const now = meta.now ?? new Date();
  for (let attempt = 0; ; attempt++) {
    try {
      return await insert(db, input, meta, now);
    } catch (e) {
      if (attempt + 1 >= REFERENCE_ATTEMPTS || !isReferenceClash(e)) throw e;
    }
  }
}

async function insert(db: Db, input: Enquiry, meta: Meta, now: Date) {
  return db.$transaction(async (tx) => {
    const reference = await nextReference(tx, now);
    const enquiry = await tx.enquiry.create({
      data: {
        reference,
        createdAt: now,
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
        cohortId: meta.cohortId ?? null,
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
      details: {
        reference,
        email: input.email,
        organization: input.organization,
        source: meta.source,
        ...(meta.cohortId ? { cohortId: meta.cohortId } : {}),
      },
      ip: meta.ip,
    });
    return enquiry;
  });
}
