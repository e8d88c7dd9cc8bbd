import type { Db } from "../db/create-client";

/** The dev mailbox, newest first; the last 100 messages are plenty for a development machine. */
export function listMail(db: Db, to?: string) {
  return db.mailMessage.findMany({
    where: to ? { to: { contains: to } } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 100,
  });
}
