// The licensed download, framework-free: who is asking (session, download token or API token), may they download
// under this licence now, is the study in the licence's cohort, are they within the caps - then the study's delivery
// archive (serveObject: streamed with Range, or a presigned redirect). Every request is recorded after its response
// ends, refused ones included; nothing is awaited on the byte path.
import type { Db } from "../db/create-client";
import { StorageKeyError, StorageNotFoundError, type Storage } from "../storage";
import { resolveCaller, type Credentials } from "./caller";
import { licenceAccess } from "./licence-access";
import { licenceScope, studyInScope } from "./licence-scope";
import type { DeliveryLimits } from "./limits";
import { recordDownload, type DownloadContext } from "./record-download";
import { serveObject, type DeliveryOutcome, type ServeRequest, type ServeResult } from "./serve-object";
import { textResult } from "./text-result";

export interface LicensedDeps {
  db: Db;
  /** The archive storage (CatalogueStudy.objectKey is a key in it). */
  storage: Storage;
  limits: DeliveryLimits;
  now: () => Date;
  presignSeconds: number;
  /** Where requests are recorded (default: a DownloadEvent row, written in the background). */
  record?: (ctx: DownloadContext, outcome: DeliveryOutcome) => void;
}

export interface LicensedRequest {
  licenceId: string;
  /** `<Study Instance UID>.zip` (or the bare UID). */
  file: string;
  credentials: Credentials;
  serve: ServeRequest;
  ip: string | null;
  userAgent: string | null;
}

const UID = /^[0-9A-Za-z][0-9A-Za-z.-]{0,63}$/;

export async function serveLicensed(deps: LicensedDeps, req: LicensedRequest): Promise<ServeResult> {
  const startedAt = deps.now();
  const record = deps.record ?? ((ctx, outcome) => void recordDownload(deps.db, ctx, outcome, deps.now));
  const uid = req.file.replace(/\.zip$/, "");
  const ctx: DownloadContext = {
    studyId: null,
    objectKey: `licence:${req.licenceId.slice(0, 64)}/${uid.slice(0, 80)}`,
    ip: req.ip,
    userAgent: req.userAgent,
    startedAt,
  };
  const refuse = (status: number, message: string, extra: Record<string, string> = {}) => {
    record(ctx, { status, bytesSent: 0, complete: true, range: req.serve.range });
    return textResult(status, message, extra);
  };

  const caller = await resolveCaller(deps.db, req.credentials, startedAt);
  const access = await licenceAccess(deps.db, caller, req.licenceId, startedAt);
  if (caller.kind === "token") Object.assign(ctx, { tokenId: caller.token.id, userId: caller.token.userId });
  if (caller.kind === "session") ctx.userId = caller.user.id;
  if (!access.ok) return refuse(access.status, `Download refused: ${access.reason}.`);
  ctx.licenceId = access.licence.id;
  if (!UID.test(uid)) return refuse(404, "Not found: not a study file name.");

  const scope = await licenceScope(deps.db, access.licence);
  if (!scope.ok) {
    console.error(`download: ${scope.problem}`);
    return refuse(403, "Download refused: this licence's cohort cannot be read; contact sales.");
  }
  const study = await studyInScope(deps.db, scope.scope, uid);
  // One answer for "no such study" and "not in your cohort": the cohort's edges are not probed study by study.
  if (!study) return refuse(403, `Download refused: study ${uid} is not in licence ${access.licence.number}.`);
  ctx.objectKey = study.objectKey;

  const slot = await deps.limits.acquire({
    licence: access.licence.id,
    caller: access.tokenId ? `token:${access.tokenId}` : `user:${access.userId}`,
  });
  if (!slot.ok)
    return refuse(429, `Slow down: ${slot.reason}. Retry after ${slot.retryAfterSeconds} s.`, {
      "retry-after": String(slot.retryAfterSeconds),
    });

  const notInStorage = () => {
    void slot.release();
    return refuse(
      404,
      `Not in storage: the archive of study ${uid} has not been delivered to this server${study.synthetic ? " (a synthetic catalogue study)" : ""}.`,
    );
  };
  try {
    // A presigned URL would point at nothing for a missing object: ask the bucket first (one HEAD per download).
    if (deps.storage.presignGet && !(await deps.storage.stat(study.objectKey))) return notInStorage();
    return await serveObject(deps.storage, study.objectKey, req.serve, {
      fileName: `${uid}.zip`,
      contentType: "application/zip",
      sha256: study.sha256,
      presignSeconds: deps.presignSeconds,
      onDone: (outcome) => {
        void slot.release();
        record(ctx, outcome);
        if (access.tokenId)
          void deps.db.accessToken
            .update({ where: { id: access.tokenId }, data: { lastUsedAt: startedAt } })
            .catch(() => undefined);
      },
    });
  } catch (e) {
    if (e instanceof StorageNotFoundError || e instanceof StorageKeyError) return notInStorage();
    void slot.release();
    throw e;
  }
}
