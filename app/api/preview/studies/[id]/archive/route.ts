// The public sample study as its delivery archive (stored zip + SHA256SUMS): resumable (Range), verifiable (ETag and
// Repr-Digest carry the SHA-256), or a redirect to a presigned URL when archives are in S3. Every request is recorded.
import { db } from "@/lib/db";
import { findSampleArchive } from "@/lib/delivery/find-sample-archive";
import { recordDownload } from "@/lib/delivery/record-download";
import { headersFrom, serveObject } from "@/lib/delivery/serve-object";
import { env } from "@/lib/env";
import { clientIp } from "@/lib/rate-limit/client-ip";
import { StorageNotFoundError } from "@/lib/storage";
import { archiveStorage } from "@/lib/storage/configured";

export const dynamic = "force-dynamic";

async function serve(req: Request, id: string): Promise<Response> {
  const archive = await findSampleArchive(db, id);
  if (!archive) return new Response("Not found\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const startedAt = new Date();
  const ctx = {
    studyId: archive.studyId,
    objectKey: archive.key,
    ip: clientIp(req.headers.get("x-forwarded-for"), env.TRUSTED_PROXY_HOPS),
    userAgent: req.headers.get("user-agent"),
    startedAt,
  };
  try {
    const r = await serveObject(archiveStorage(), archive.key, headersFrom(req.headers, req.method), {
      fileName: archive.fileName,
      contentType: "application/zip",
      sha256: archive.sha256,
      presignSeconds: env.DOWNLOAD_URL_TTL_SECONDS,
      onDone: (outcome) => void recordDownload(db, ctx, outcome),
    });
    return new Response(r.body, { status: r.status, headers: r.headers });
  } catch (e) {
    if (e instanceof StorageNotFoundError) return new Response("Archive missing\n", { status: 404 });
    throw e;
  }
}

export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  return serve(req, (await params).id);
}

export async function HEAD(req: Request, { params }: { params: Promise<{ id: string }> }) {
  return serve(req, (await params).id);
}
