// The queues' handlers bound to the configured services (database, mail transport, storage). Used by the web server
// (in-process driver) and by `npm run worker`, so both run the same job code. The import handler is bound separately
// (import-handler.ts): the importer's worker threads load tsx at run time, which the web server's bundle cannot hold,
// so import jobs run in `npm run worker` processes only.
import type { Db } from "../db/create-client";
import type { Env } from "../env";
import { mailTransportFor } from "../email/transport-for";
import type { MailTransport } from "../email/types";
import { archiveStorage, s3Client } from "../storage/configured";
import { buildArchivesHandler } from "./handlers/build-archives";
import { expireLicencesHandler } from "./handlers/expire-licences";
import { refreshCatalogueHandler } from "./handlers/refresh-catalogue";
import { mailJobData, sendMailHandler } from "./handlers/send-mail";
import { storefrontChanged } from "../storefront/notify-configured";
import { thenNotify } from "../storefront/revalidation";
import { QUEUES } from "./queues";
import type { JobHandlers, JobQueue } from "./types";

export function configuredHandlers(db: Db, e: Env, queue: JobQueue, opts: { now?: () => Date } = {}): JobHandlers {
  let transport: MailTransport | undefined;
  return {
    [QUEUES.sendMail]: sendMailHandler(() => (transport ??= mailTransportFor(e, db))),
    [QUEUES.buildArchives]: buildArchivesHandler(() => ({ db, archives: archiveStorage(e), s3: s3Client })),
    // A new pre-aggregate changes the cohort page's figures: the web instances drop their cached pages.
    [QUEUES.refreshCatalogue]: thenNotify(refreshCatalogueHandler(db), () => storefrontChanged(e)),
    [QUEUES.expireLicences]: expireLicencesHandler({
      db,
      now: opts.now ?? (() => new Date()),
      appUrl: e.APP_URL,
      send: (mail, o) => queue.send(QUEUES.sendMail, mailJobData({ ...mail, from: e.MAIL_FROM }), o),
    }),
  };
}
