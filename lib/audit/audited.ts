// A change and its audit row in one transaction: either both are written or neither, so the log never claims a
// change that rolled back nor misses one that committed.
import type { Db, Tx } from "../db/create-client";
import { recordAudit, type AuditEntry } from "./record";

export async function audited<T>(db: Db, change: (tx: Tx) => Promise<T>, entry: (result: T) => AuditEntry): Promise<T> {
  return db.$transaction(async (tx) => {
    const result = await change(tx);
    await recordAudit(tx, entry(result));
    return result;
  });
}
