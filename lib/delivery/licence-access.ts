// May this caller download under this licence, now? Checked on every request (download and manifest), so a revoked,
// suspended or expired licence, or a revoked or expired token, stops downloads at once. Customers of another
// organisation get 404 (ids reveal nothing); a token for another licence or organisation, or a licence that is not
// active, gets 403.
import type { Db } from "../db/create-client";
import { effectiveStatus } from "../licensing/effective-status";
import type { Caller } from "./caller";

export interface AccessibleLicence {
  id: string;
  number: string;
  organizationId: string;
  datasetSlug: string;
  cohortFilter: string;
  catalogueVersion: number;
}

export type LicenceAccess =
  | { ok: true; licence: AccessibleLicence; userId: string; tokenId: string | null }
  | { ok: false; status: 401 | 403 | 404; reason: string };

const ID = /^[A-Za-z0-9_-]{1,64}$/;

export async function licenceAccess(db: Db, caller: Caller, licenceId: string, now: Date): Promise<LicenceAccess> {
  if (caller.kind === "denied") return { ok: false, status: caller.status, reason: caller.reason };
  if (!ID.test(licenceId)) return { ok: false, status: 404, reason: "no such licence" };
  const l = await db.licence.findUnique({
    where: { id: licenceId },
    select: {
      id: true,
      number: true,
      organizationId: true,
      datasetSlug: true,
      cohortFilter: true,
      catalogueVersion: true,
      status: true,
      startsAt: true,
      expiresAt: true,
    },
  });
  let userId: string;
  let tokenId: string | null = null;
  if (caller.kind === "session") {
    if (!l || caller.user.organizationId !== l.organizationId)
      return { ok: false, status: 404, reason: "no such licence" };
    userId = caller.user.id;
  } else {
    const t = caller.token;
    if (!l || t.organizationId !== l.organizationId)
      return { ok: false, status: 403, reason: "this token is not for this licence" };
    if (t.kind === "DOWNLOAD" && t.licenceId !== l.id)
      return { ok: false, status: 403, reason: "this token is not for this licence" };
    userId = t.userId;
    tokenId = t.id;
  }
  const status = effectiveStatus(l, now);
  if (status !== "ACTIVE") return { ok: false, status: 403, reason: `licence ${l.number} is ${status.toLowerCase()}` };
  if (!l.startsAt || l.startsAt.getTime() > now.getTime() || !l.expiresAt)
    return { ok: false, status: 403, reason: `licence ${l.number} has not started` };
  const licence = {
    id: l.id,
    number: l.number,
    organizationId: l.organizationId,
    datasetSlug: l.datasetSlug,
    cohortFilter: l.cohortFilter,
    catalogueVersion: l.catalogueVersion,
  };
  return { ok: true, licence, userId, tokenId };
}
