// The licence expiry job: each ACTIVE licence past expiresAt gets the licence-expired mail once. The mail is sent
// with a key derived from the licence, so a job killed between sending and marking sends the same (deduplicated) job
// again; the mark then stops later runs from looking at the licence. Runs on a schedule (the worker) and is safe to
// run twice at once.
import type { Db } from "../../db/create-client";
import type { OutgoingMail } from "../../email/types";
import { licenceChangedMail } from "../../licensing/mail";
import { organizationEmails } from "../../licensing/deps";

export interface ExpiryDeps {
  db: Db;
  now: () => Date;
  appUrl: string;
  send: (mail: OutgoingMail, opts: { key: string }) => Promise<unknown>;
}

const PAGE = 200;

export function expireLicencesHandler(deps: ExpiryDeps) {
  return async (): Promise<{ notified: number }> => {
    const now = deps.now();
    let notified = 0;
    for (;;) {
      const due = await deps.db.licence.findMany({
        where: { status: "ACTIVE", expiresAt: { lte: now }, expiryNotifiedAt: null },
        orderBy: { id: "asc" },
        take: PAGE,
      });
      for (const l of due) {
        const url = `${deps.appUrl}/account/licences/${l.id}`;
        const recipients = await organizationEmails(deps.db, l.organizationId);
        for (const to of recipients)
          await deps.send(
            { to, ...(await licenceChangedMail("expired", l, url)) },
            { key: `licence-expired:${l.id}:${to}` },
          );
        await deps.db.licence.updateMany({
          where: { id: l.id, expiryNotifiedAt: null },
          data: { expiryNotifiedAt: now },
        });
        notified++;
      }
      if (due.length < PAGE) return { notified };
    }
  };
}
