// A licence's status as the customer and delivery see it: an ACTIVE licence past its expiry is expired (no job has
// to flip it at midnight).
export type LicenceStatus = "PENDING" | "ACTIVE" | "EXPIRED" | "REVOKED" | "SUSPENDED";

export function effectiveStatus(l: { status: string; expiresAt: Date | null }, now: Date): LicenceStatus {
  if (l.status === "ACTIVE" && l.expiresAt && l.expiresAt.getTime() <= now.getTime()) return "EXPIRED";
  return l.status as LicenceStatus;
}

export function addMonths(d: Date, months: number): Date {
  const r = new Date(d);
  const day = r.getUTCDate();
  r.setUTCMonth(r.getUTCMonth() + months);
  // 31 January + 1 month is the last day of February, not 3 March.
  if (r.getUTCDate() < day) r.setUTCDate(0);
  return r;
}
