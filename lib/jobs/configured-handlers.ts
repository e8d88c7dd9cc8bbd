// Every queue's handler bound to the configured services (database, mail transport, storage). Used by the web server
// (in-process driver) and by `npm run worker`, so both run the same job code.
import type { Db } from "../db/create-client";
import type { Env } from "../env";
import { mailTransportFor } from "../email/transport-for";
import type { MailTransport } from "../email/types";
import { openStorage } from "../storage";
import { archiveStorage, importLocation, s3Client } from "../storage/configured";
import { buildArchivesHandler } from "./handlers/build-archives";
import { expireLicencesHandler } from "./handlers/expire-licences";
import { importFolderHandler } from "./handlers/import-folder";
import { refreshCatalogueHandler } from "./handlers/refresh-catalogue";
import { mailJobData, sendMailHandler } from "./handlers/send-mail";
import { QUEUES } from "./queues";
import type { JobHandlers, JobQueue } from "./types";

export function configuredHandlers(db: Db, e: Env, queue: JobQueue, opts: { now?: () => Date; importWorkers?: number } = {}): JobHandlers {
  let transport: MailTransport | undefined;
  const archiveDeps = () => ({ db, archives: archiveStorage(e), s3: s3Client });
  const buildArchives = buildArchivesHandler(archiveDeps);
  return {
    [QUEUES.sendMail]: sendMailHandler(() => (transport ??= mailTransportFor(e, db))),
    [QUEUES.importFolder]: importFolderHandler({
      db,
      workers: opts.importWorkers,
      destination: (slug) => (e.STORAGE_DRIVER === "s3" ? (uid) => openStorage(importLocation(slug, uid, e)!, s3Client) : undefined),
      buildArchives: async (studyIds) => {
        const { buildArchives: run } = await import("../delivery/build-archives");
        const r = await run(archiveDeps(), { studyIds });
        if (r.failed.length > 0) throw new Error(`archives failed: ${r.failed.map((f) => `${f.study}: ${f.error}`).join("; ")}`);
      },
    }),
    [QUEUES.buildArchives]: buildArchives,
    [QUEUES.refreshCatalogue]: refreshCatalogueHandler(db),
    [QUEUES.expireLicences]: expireLicencesHandler({
      db,
      now: opts.now ?? (() => new Date()),
      appUrl: e.APP_URL,
      send: (mail, o) => queue.send(QUEUES.sendMail, mailJobData({ ...mail, from: e.MAIL_FROM }), o),
    }),
  };
}
