// Turns a resolved sample file into an HTTP answer: ETag + 304, caching, content type, and for DICOM a last PHI
// check on the bytes themselves, so a file that still identifies a patient is never served even if its study was
// published by mistake.
import "server-only";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { checkPhi } from "@/lib/dicom";
import { storageForStudy, StorageKeyError, StorageNotFoundError } from "@/lib/storage";
import type { SampleFile, SampleFileKind } from "./find-sample-file";
import { etagMatches, notFound, notModified, SAMPLE_CACHE_CONTROL, strongEtag } from "./http-cache";
import { log } from "../log";

const CONTENT_TYPES: Record<SampleFileKind, string> = {
  dicom: "application/dicom",
  jpg: "image/jpeg",
  report: "application/pdf",
};

/** Preview DICOM files are ~300 kB; anything far larger is not a preview and would be read whole for the PHI check. */
const MAX_DICOM_BYTES = 64 * 1024 * 1024;

function headers(kind: SampleFileKind, file: SampleFile, etag: string, length: number): Headers {
  const h = new Headers({
    "content-type": CONTENT_TYPES[kind],
    "content-length": String(length),
    etag,
    "cache-control": SAMPLE_CACHE_CONTROL,
    "x-content-type-options": "nosniff",
    "cross-origin-resource-policy": "same-origin",
  });
  const name = file.fileName.replace(/[^\w.-]/g, "_");
  if (kind === "report") h.set("content-disposition", `inline; filename="${name}"`);
  if (kind === "dicom") h.set("content-disposition", `inline; filename="${name}.dcm"`);
  return h;
}

export async function serveSampleFile(req: Request, kind: SampleFileKind, file: SampleFile | null): Promise<Response> {
  if (!file) return notFound();
  const storage = storageForStudy(file);
  try {
    const info = await storage.stat(file.key);
    if (!info) return notFound();
    // DICOM rows carry the content hash; for JPGs and reports size + mtime identify the version well enough.
    const etag = file.sha256 ? strongEtag(file.sha256) : `W/"${info.size.toString(16)}-${info.modified.getTime().toString(16)}"`;
    if (etagMatches(req.headers.get("if-none-match"), etag)) return notModified(etag);
    if (kind !== "dicom") {
      const stream = await storage.read(file.key);
      return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, { headers: headers(kind, file, etag, info.size) });
    }
    if (info.size > MAX_DICOM_BYTES) return notFound();
    const bytes = await buffer(await storage.read(file.key));
    const phi = checkPhi(bytes);
    if (!phi.ok || !phi.clean) {
      log.error(`preview: refused ${file.key}: ${phi.ok ? `identifying attributes ${phi.findings.map((f) => f.keyword).join(", ")}` : phi.reason}`);
      return notFound();
    }
    return new Response(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), { headers: headers(kind, file, etag, bytes.length) });
  } catch (e) {
    // A key the storage refuses (escaping its root) or a file gone since the lookup is, to the public, just absent.
    if (e instanceof StorageKeyError || e instanceof StorageNotFoundError) return notFound();
    throw e;
  }
}
