// Turns a resolved sample file into an HTTP answer: ETag + 304, caching, content type, and for DICOM (and the JPG
// rendered from it) a last PHI check on the bytes themselves, so a file that still identifies a patient is never
// served even if its study was published by mistake.
import "server-only";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { describeFinding, findPhi, parseDicomFile, type ParseResult } from "@/lib/dicom";
import { storageForStudy, StorageKeyError, StorageNotFoundError } from "@/lib/storage";
import type { SampleFile, SampleFileKind } from "./find-sample-file";
import { etagMatches, notFound, notModified, SAMPLE_CACHE_CONTROL, strongEtag } from "./http-cache";
import { log } from "../log";
import { renderJpeg, RENDER_VERSION } from "./render-jpg";

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
  if (kind === "jpg") h.set("content-disposition", `inline; filename="${name}.jpg"`);
  return h;
}

/**
 * Rendered JPGs by storage root, key and content hash: a thumbnail strip asks for the same few images repeatedly.
 * Files that cannot be rendered are remembered too (null): a damaged codestream can take a codec seconds to refuse.
 */
const rendered = new Map<string, Buffer | null>();
const MAX_RENDERED = 256;

function remember(key: string, jpg: Buffer | null): void {
  if (rendered.size >= MAX_RENDERED) rendered.delete(rendered.keys().next().value!);
  rendered.set(key, jpg);
}

/**
 * DICOM files that passed the PHI gate, by storage root, key, content hash, size and mtime: the study page's first
 * slice (and every slice a viewer scrolls through) would otherwise be read and parsed again on each visit, and that
 * work sits between the request and the first decoded pixels. A changed file (size or mtime) is checked afresh;
 * whether the study is still published is asked of the database on every request, before this cache.
 */
const checked = new Map<string, Buffer>();
const MAX_CHECKED_BYTES = 48 * 1024 * 1024;
let checkedBytes = 0;

function rememberChecked(key: string, bytes: Buffer): void {
  if (bytes.length > MAX_CHECKED_BYTES / 8) return; // a large file would push out many previews
  while (checkedBytes + bytes.length > MAX_CHECKED_BYTES && checked.size > 0) {
    const [oldest, old] = checked.entries().next().value!;
    checked.delete(oldest);
    checkedBytes -= old.length;
  }
  checked.set(key, bytes);
  checkedBytes += bytes.length;
}

/** The DICOM's parsed data set when it passes the PHI gate; null (logged) when it does not or cannot be read. */
async function checkedDicom(bytes: Buffer, key: string): Promise<ParseResult | null> {
  const parsed = parseDicomFile(bytes);
  const findings = parsed.ok ? findPhi(parsed.dataSet) : [];
  if (!parsed.ok || findings.length > 0) {
    const why = parsed.ok ? `identifying attributes ${findings.map(describeFinding).join(", ")}` : parsed.reason;
    log.error(`preview: refused ${key}: ${why}`);
    return null;
  }
  return parsed;
}

/**
 * `kind: "jpg"` takes the instance's DICOM file (see findSampleInstanceFile) and answers a JPG rendered from its
 * checked pixels; the ETag is the DICOM's hash plus the renderer's version.
 */
export async function serveSampleFile(req: Request, kind: SampleFileKind, file: SampleFile | null): Promise<Response> {
  if (!file) return notFound();
  const storage = storageForStudy(file);
  try {
    const info = await storage.stat(file.key);
    if (!info) return notFound();
    // DICOM rows carry the content hash; for reports size + mtime identify the version well enough.
    const version = file.sha256 ?? `${info.size.toString(16)}-${info.modified.getTime().toString(16)}`;
    const etag =
      kind === "jpg"
        ? strongEtag(`${version}-${RENDER_VERSION}`)
        : file.sha256
          ? strongEtag(file.sha256)
          : `W/"${version}"`;
    if (etagMatches(req.headers.get("if-none-match"), etag)) return notModified(etag);
    if (kind === "report") {
      const stream = await storage.read(file.key);
      return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
        headers: headers(kind, file, etag, info.size),
      });
    }
    if (info.size > MAX_DICOM_BYTES) return notFound();
    const cacheKey = `${file.storageRoot}\0${file.key}\0${version}`;
    const cached = kind === "jpg" ? rendered.get(cacheKey) : undefined;
    if (cached === null) return notFound();
    if (cached) return new Response(new Uint8Array(cached), { headers: headers(kind, file, etag, cached.length) });
    const checkedKey = `${cacheKey}\0${info.size}\0${info.modified.getTime()}`;
    const known = kind === "dicom" ? checked.get(checkedKey) : undefined;
    if (known) {
      checked.delete(checkedKey); // most recently used goes last
      checked.set(checkedKey, known);
      return new Response(new Uint8Array(known), { headers: headers(kind, file, etag, known.length) });
    }
    const bytes = await buffer(await storage.read(file.key));
    const parsed = await checkedDicom(bytes, file.key);
    if (!parsed?.ok) return notFound();
    if (kind === "dicom") {
      rememberChecked(checkedKey, bytes);
      return new Response(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), {
        headers: headers(kind, file, etag, bytes.length),
      });
    }
    let jpg: Buffer;
    try {
      jpg = await renderJpeg(parsed.dataSet);
    } catch (e) {
      log.error(`preview: cannot render ${file.key}: ${e instanceof Error ? e.message : String(e)}`);
      remember(cacheKey, null);
      return notFound();
    }
    remember(cacheKey, jpg);
    return new Response(new Uint8Array(jpg), { headers: headers(kind, file, etag, jpg.length) });
  } catch (e) {
    // A key the storage refuses (escaping its root) or a file gone since the lookup is, to the public, just absent.
    if (e instanceof StorageKeyError || e instanceof StorageNotFoundError) return notFound();
    throw e;
  }
}
