import type { Db } from "../db/create-client";
import type { OutgoingMail } from "../email/types";

/** What licensing and payment functions need from the outside; app/ and scripts/ bind the real ones, tests fakes. */
export interface LicensingDeps {
  db: Db;
  now: () => Date;
  send: (mail: OutgoingMail) => Promise<unknown>;
  appUrl: string;
}

/** Sends after the change committed: a mail failure is logged, never undoes the change. */
export async function sendAll(deps: LicensingDeps, mails: OutgoingMail[]) {
  for (const m of mails) {
    try {
      await deps.send(m);
    } catch (e) {
      console.error(`licensing mail to ${m.to} failed:`, e);
    }
  }
}

/** The customers of an organisation: who hears about its quotes, orders and licences. */
export async function organizationEmails(db: Db, organizationId: string): Promise<string[]> {
  const users = await db.user.findMany({
    where: { organizationId, disabled: false },
    select: { email: true },
    orderBy: { createdAt: "asc" },
    take: 50,
  });
  return users.map((u) => u.email);
}
