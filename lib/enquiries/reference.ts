// The short reference a buyer quotes and sees (ENQ-2026-00042): the year the enquiry arrived and its number within
// that year. Numbers are taken inside the creating transaction; when enquiries race for one number the unique index
// refuses all but the first, and the others read again and take the next (createEnquiry retries), so every round
// of a race places at least one of them.
import type { Db } from "../db/create-client";

type Tx = Pick<Db, "enquiry">;

export const REFERENCE_PATTERN = /^ENQ-\d{4}-\d{5,}$/;

export const formatReference = (year: number, n: number) => `ENQ-${year}-${String(n).padStart(5, "0")}`;

/** The next reference for `now`'s year (UTC): one past the highest taken (or past the count, which also covers
 *  numbers beyond five digits, where text order no longer follows number order). */
export async function nextReference(tx: Tx, now: Date): Promise<string> {
  const year = now.getUTCFullYear();
  const prefix = `ENQ-${year}-`;
  const [taken, highest] = await Promise.all([
    tx.enquiry.count({ where: { reference: { startsWith: prefix } } }),
    tx.enquiry.findFirst({
      where: { reference: { startsWith: prefix } },
      orderBy: { reference: "desc" },
      select: { reference: true },
    }),
  ]);
  const highestNumber = Number(highest?.reference?.slice(prefix.length) ?? 0) || 0;
  return formatReference(year, Math.max(taken, highestNumber) + 1);
}

/** Prisma's unique-constraint error on the reference column (the only unique column an enquiry insert can hit). */
export function isReferenceClash(e: unknown): boolean {
  const err = e as { code?: unknown; meta?: { target?: unknown }; message?: unknown };
  return (
    err?.code === "P2002" ||
    /Unique constraint failed.*reference|UniqueConstraintViolation/i.test(String(err?.message ?? ""))
  );
}
