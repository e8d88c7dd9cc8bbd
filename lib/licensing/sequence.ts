// Gap-free counters (invoice, quote and licence numbers), incremented in the caller's transaction so a rolled-back
// order gives its number back. The row lock (PostgreSQL) or the single writer (SQLite) serialises concurrent callers.
import type { Db } from "../db/create-client";

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export async function nextSequence(tx: Tx, name: string): Promise<number> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const { count } = await tx.sequence.updateMany({ where: { name }, data: { value: { increment: 1 } } });
    if (count === 1) return (await tx.sequence.findUniqueOrThrow({ where: { name } })).value;
    try {
      await tx.sequence.create({ data: { name, value: 1 } });
      return 1;
    } catch {
      // another transaction created it first: increment instead
    }
  }
  throw new Error(`could not allocate a number from sequence ${name}`);
}

export const quoteNumber = (year: number, n: number) => `Q-${year}-${String(n).padStart(4, "0")}`;
export const licenceNumber = (n: number) => `L-${String(n).padStart(6, "0")}`;
export const invoiceLabel = (n: number) => `INV-${String(n).padStart(6, "0")}`;
