// Appends one DownloadEvent. Called from a response's onDone, after the last byte (or the disconnect), and never
// awaited by the stream: recording cannot slow or break a download, and a failed write is logged, not thrown.
import type { Db } from "../db/create-client";
import type { DeliveryOutcome } from "./serve-object";

export interface DownloadContext {
  studyId: string | null;
  objectKey: string;
  ip: string | null;
  userAgent: string | null;
  startedAt: Date;
  licenceId?: string | null;
  tokenId?: string | null;
  userId?: string | null;
}

export function recordDownload(
  db: Db,
  ctx: DownloadContext,
  outcome: DeliveryOutcome,
  now: () => Date = () => new Date(),
): Promise<void> {
  return db.downloadEvent
    .create({
      data: {
        studyId: ctx.studyId,
        objectKey: ctx.objectKey,
        range: outcome.range?.slice(0, 200) ?? null,
        status: outcome.status,
        bytesSent: BigInt(outcome.bytesSent),
        complete: outcome.complete,
        ip: ctx.ip,
        userAgent: ctx.userAgent?.slice(0, 300) ?? null,
        licenceId: ctx.licenceId ?? null,
        tokenId: ctx.tokenId ?? null,
        userId: ctx.userId ?? null,
        startedAt: ctx.startedAt,
        finishedAt: now(),
      },
    })
    .then(
      () => undefined,
      (e: unknown) =>
        console.error(`download: could not record ${ctx.objectKey}: ${e instanceof Error ? e.message : String(e)}`),
    );
}
