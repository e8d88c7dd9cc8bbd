import type { Db } from "../db/create-client";
import { keepLiteral, literalContains } from "../db/like";

/** The dev mailbox, newest first; the last 100 messages are plenty for a development machine. */
export async function listMail(db: Db, to?: string) {
  const search = to ? literalContains(db, to) : undefined;
  const rows = await db.mailMessage.findMany({
    where: search ? { to: search.filter } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 100,
  });
  return search && !search.exact ? keepLiteral(rows, to!, (m) => [m.to]) : rows;
}
