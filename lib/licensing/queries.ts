// Reads for the account and desk pages. Every customer-facing read goes through the organisation check.
import type { Db } from "../db/create-client";
import type { Principal } from "../auth/roles";
import { assertCanSee } from "./access";
import { effectiveStatus } from "./effective-status";
import { effectiveQuoteStatus } from "./quotes";

type Viewer = Pick<Principal, "role" | "organizationId">;

export async function orderForViewer(db: Db, viewer: Viewer, id: string) {
  const o = await db.order.findUnique({
    where: { id },
    include: {
      quote: { select: { id: true, number: true } },
      licence: { select: { id: true, number: true, status: true, expiresAt: true } },
      acceptance: true,
    },
  });
  return assertCanSee(viewer, o, "Order not found.");
}

export async function quoteForViewer(db: Db, viewer: Viewer, id: string, now: Date) {
  const q = await db.quote.findUnique({
    where: { id },
    include: {
      orders: { orderBy: { createdAt: "desc" }, select: { id: true, status: true, mode: true, createdAt: true } },
    },
  });
  const seen = assertCanSee(viewer, q, "Quote not found.");
  return { ...seen, effective: effectiveQuoteStatus(seen, now) };
}

export async function licenceForViewer(db: Db, viewer: Viewer, id: string, now: Date) {
  const l = await db.licence.findUnique({
    where: { id },
    include: { acceptance: true, order: { select: { id: true, invoiceNumber: true, mode: true } } },
  });
  const seen = assertCanSee(viewer, l, "Licence not found.");
  return { ...seen, effective: effectiveStatus(seen, now) };
}

export async function organizationLicensing(db: Db, organizationId: string, now: Date) {
  const [licences, orders, quotes] = await Promise.all([
    db.licence.findMany({ where: { organizationId }, orderBy: { createdAt: "desc" }, take: 100 }),
    db.order.findMany({ where: { organizationId }, orderBy: { createdAt: "desc" }, take: 100 }),
    db.quote.findMany({ where: { organizationId }, orderBy: { createdAt: "desc" }, take: 100 }),
  ]);
  return {
    licences: licences.map((l) => ({ ...l, effective: effectiveStatus(l, now) })),
    orders,
    quotes: quotes.map((q) => ({ ...q, effective: effectiveQuoteStatus(q, now) })),
  };
}

export const organizationName = async (db: Db, id: string) =>
  (await db.organization.findUnique({ where: { id }, select: { name: true } }))?.name ?? "(unknown organisation)";
