// SQLite settings for a bulk import connection: WAL lets the app keep reading while the importer writes, and
// synchronous=NORMAL (safe with WAL) drops an fsync per transaction. No-op on PostgreSQL.
import type { Db } from "../db/create-client";

export async function tuneForImport(db: Db, url: string): Promise<void> {
  if (!url.startsWith("file:")) return;
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
}
