// The public sample study as its delivery archive (stored zip + SHA256SUMS): resumable (Range), verifiable (ETag and
// Repr-Digest carry the SHA-256), or a redirect to a presigned URL when archives are in S3. Every request is recorded.
//
// A Pages Router API route, not an App Router route handler, on purpose: Next 16 drops Content-Length from every
// route-handler Response (server/send-response.ts, FORBIDDEN_HEADERS) and sends it chunked, which costs download
// managers their progress and size checks. An API route writes to the Node response itself: Content-Length stays,
// and the file is piped to the socket with plain Node backpressure. (Modules importing "server-only" cannot be used
// here: it throws outside React's server environment - hence apiDb.)
import type { NextApiRequest, NextApiResponse } from "next";
import { apiDb } from "@/app/_bind/api-db";
import { findSampleArchive } from "@/lib/delivery/find-sample-archive";
import { requestFrom, sendResult } from "@/lib/delivery/node-adapter";
import { recordDownload } from "@/lib/delivery/record-download";
import { serveObject } from "@/lib/delivery/serve-object";
import { env } from "@/lib/env";
import { clientIp } from "@/lib/rate-limit/client-ip";
import { StorageNotFoundError } from "@/lib/storage";
import { archiveStorage } from "@/lib/storage/configured";

export const config = { api: { bodyParser: false, responseLimit: false } };

const text = (res: NextApiResponse, status: number, body: string) => {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
  res.end(body);
};

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("allow", "GET, HEAD");
    return text(res, 405, "Method not allowed\n");
  }
  const db = apiDb();
  const id = typeof req.query.id === "string" ? req.query.id : "";
  const archive = await findSampleArchive(db, id);
  if (!archive) return text(res, 404, "Not found\n");
  const forwarded = req.headers["x-forwarded-for"];
  const ctx = {
    studyId: archive.studyId,
    objectKey: archive.key,
    ip: clientIp(
      { forwardedFor: Array.isArray(forwarded) ? forwarded.join(",") : forwarded, peer: req.socket.remoteAddress },
      env.TRUSTED_PROXY_HOPS,
    ),
    userAgent: req.headers["user-agent"] ?? null,
    startedAt: new Date(),
  };
  try {
    const result = await serveObject(archiveStorage(), archive.key, requestFrom(req), {
      fileName: archive.fileName,
      contentType: "application/zip",
      sha256: archive.sha256,
      presignSeconds: env.DOWNLOAD_URL_TTL_SECONDS,
      onDone: (outcome) => void recordDownload(db, ctx, outcome),
    });
    await sendResult(res, result);
  } catch (e) {
    if (e instanceof StorageNotFoundError) return text(res, 404, "Archive missing\n");
    throw e;
  }
}
