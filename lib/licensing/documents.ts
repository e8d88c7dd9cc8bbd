// The downloadable documents, each checked against the viewer's organisation before it is built.
import type { Db } from "../db/create-client";
import type { Principal } from "../auth/roles";
import { AppError } from "../errors/app-error";
import { assertCanSee } from "./access";
import { effectiveStatus } from "./effective-status";
import { certificatePdf, invoicePdf, quotePdf } from "./pdf/documents";
import { orderForViewer, organizationName } from "./queries";
import { invoiceLabel } from "./sequence";

type Viewer = Pick<Principal, "role" | "organizationId">;
export interface Download {
  body: Uint8Array | string;
  filename: string;
  type: string;
}

export async function invoiceDownload(db: Db, viewer: Viewer, orderId: string): Promise<Download> {
  const o = await orderForViewer(db, viewer, orderId);
  if (o.invoiceNumber === null) throw new AppError("NOT_FOUND", "This order has no invoice.");
  return {
    body: await invoicePdf({ ...o, invoiceNumber: o.invoiceNumber }),
    filename: `${invoiceLabel(o.invoiceNumber)}.pdf`,
    type: "application/pdf",
  };
}

export async function quoteDownload(db: Db, viewer: Viewer, id: string): Promise<Download> {
  const q = assertCanSee(viewer, await db.quote.findUnique({ where: { id } }), "Quote not found.");
  return {
    body: await quotePdf({ ...q, organizationName: await organizationName(db, q.organizationId) }),
    filename: `${q.number}.pdf`,
    type: "application/pdf",
  };
}

export async function certificateDownload(db: Db, viewer: Viewer, id: string, now: Date): Promise<Download> {
  const l = assertCanSee(
    viewer,
    await db.licence.findUnique({ where: { id }, include: { acceptance: true } }),
    "Licence not found.",
  );
  const pdf = await certificatePdf(
    { ...l, status: effectiveStatus(l, now), organizationName: await organizationName(db, l.organizationId) },
    now,
  );
  return { body: pdf, filename: `${l.number}-certificate.pdf`, type: "application/pdf" };
}

/** The exact text that was accepted, byte for byte (its SHA-256 is the one recorded). */
export async function acceptedTextDownload(db: Db, viewer: Viewer, id: string): Promise<Download> {
  const a = assertCanSee(
    viewer,
    await db.agreementAcceptance.findUnique({ where: { id }, include: { agreementVersion: true } }),
    "Not found.",
  );
  return {
    body: a.agreementVersion.text,
    filename: `agreement-${a.agreementVersion.use}-v${a.version}-${a.sha256.slice(0, 12)}.txt`,
    type: "text/plain; charset=utf-8",
  };
}

export function downloadResponse(d: Download): Response {
  return new Response(typeof d.body === "string" ? d.body : Buffer.from(d.body), {
    headers: {
      "content-type": d.type,
      "content-disposition": `attachment; filename="${d.filename}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
