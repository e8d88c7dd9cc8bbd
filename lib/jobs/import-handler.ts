// The import job's handler bound to the configured storage. Only `npm run worker` loads it (see configured-handlers.ts).
import type { Db } from "../db/create-client";
import type { Env } from "../env";
import { buildArchives } from "../delivery/build-archives";
import { openStorage } from "../storage";
import { archiveStorage, importLocation, s3Client } from "../storage/configured";
import { importFolderHandler } from "./handlers/import-folder";
import { storefrontChanged } from "../storefront/notify-configured";
import { thenNotify } from "../storefront/revalidation";
import { QUEUES } from "./queues";
import type { JobHandlers } from "./types";

export function configuredImportHandler(db: Db, e: Env, workers?: number): JobHandlers {
  return {
    // New or changed samples and statistics show on the cached storefront pages at once.
    [QUEUES.importFolder]: thenNotify(
      importFolderHandler({
        db,
        workers,
        destination: (slug) =>
          e.STORAGE_DRIVER === "s3" ? (uid) => openStorage(importLocation(slug, uid, e)!, s3Client) : undefined,
        buildArchives: async (studyIds) => {
          const r = await buildArchives({ db, archives: archiveStorage(e), s3: s3Client }, { studyIds });
          if (r.failed.length > 0)
            throw new Error(`archives failed: ${r.failed.map((f) => `${f.study}: ${f.error}`).join("; ")}`);
        },
      }),
      () => storefrontChanged(e),
    ),
  };
}
