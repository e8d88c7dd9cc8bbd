// The short reference a buyer quotes and sees (ENQ-2026-00042): the year the enquiry arrived and its number within
// that year. Numbers are taken inside the creating transaction; two enquiries racing for one number make the unique
// index refuse the second, which then takes the next (createEnquiry retries).
import type { Db } from "../db/create-client";

type Tx = Pick<Db, "enquiry">;

export const REFERENCE_PATTERN = /^ENQ-\d{4}-\d{5,}$/;

export const formatReference = (year: number, n: number) => `ENQ-${year}-${String(n).padStart(5, "0")}`;

/** The next free reference for `now`'s year (UTC); `skip` moves past numbers another writer has just taken. */
export async function nextReference(tx: Tx, now: Date, skip = 0): Promise<string> {
  const year = now.getUTCFullYear();
  const taken = await tx.enquiry.count({ where: { reference: { startsWith: `ENQ-${year}-` } } });
  return formatReference(year, taken + 1 + skip);
}

/** Prisma's unique-constraint error on the reference column (the only unique column an enquiry insert can hit). */
export function isReferenceClash(e: unknown): boolean {
  const err = e as { code?: unknown; meta?: { target?: unknown }; message?: unknown };
  return err?.code === "P2002" || /Unique constraint failed.*reference|UniqueConstraintViolation/i.test(String(err?.message ?? ""));
}
