// Serves one stored object over HTTP without any web framework: the caller (a Node API route, or a plain Node server
// in tests) has already decided the client may have it. Local driver: streamed with ETag, a single Range, If-Range,
// If-None-Match, 206/416 and Content-Length, pulled chunk by chunk as the client takes it (backpressure), and a
// client that goes away stops the read. Drivers that presign (S3): a 302 to a short-lived URL, no bytes here.
import { Transform, pipeline, type Readable } from "node:stream";
import { StorageNotFoundError, type Storage, type StoredFile } from "../storage";
import { attachment } from "../storage/content-disposition";
import { parseRange } from "./byte-range";

export interface ServeRequest {
  method: string;
  range: string | null;
  ifRange: string | null;
  ifNoneMatch: string | null;
}

export interface ServeOptions {
  /** Name the client saves the file under. */
  fileName: string;
  contentType: string;
  /** Content hash when known (archives): becomes the strong ETag and a Repr-Digest header. */
  sha256?: string | null;
  /** Lifetime of a presigned redirect. */
  presignSeconds: number;
  cacheControl?: string;
  /** Called once when the answer is over: all sent, client gone, or failed. Must not throw (record in background). */
  onDone?: (outcome: DeliveryOutcome) => void;
}

export interface DeliveryOutcome {
  status: number;
  bytesSent: number;
  /** The whole body was handed to the connection. */
  complete: boolean;
  range: string | null;
}

export interface ServeResult {
  status: number;
  headers: Record<string, string>;
  /** Node stream of the bytes to send (null: no body); send it with node-adapter's sendResult. */
  body: Readable | null;
}

export async function serveObject(
  storage: Storage,
  key: string,
  req: ServeRequest,
  opts: ServeOptions,
): Promise<ServeResult> {
  const done = (status: number, bytesSent = 0, complete = true) =>
    opts.onDone?.({ status, bytesSent, complete, range: req.range });
  const base: Record<string, string> = {
    "cache-control": opts.cacheControl ?? "private, no-cache",
    "x-content-type-options": "nosniff",
  };
  if (storage.presignGet) {
    const url = await storage.presignGet(key, {
      expiresIn: opts.presignSeconds,
      fileName: opts.fileName,
      contentType: opts.contentType,
    });
    done(302);
    return { status: 302, headers: { ...base, location: url, "cache-control": "no-store" }, body: null };
  }

  const info = await storage.stat(key);
  if (!info) throw new StorageNotFoundError(key);
  const etag = etagFor(info, opts.sha256);
  const headers: Record<string, string> = {
    ...base,
    "accept-ranges": "bytes",
    etag,
    "last-modified": info.modified.toUTCString(),
    "content-type": opts.contentType,
    "content-disposition": attachment(opts.fileName),
  };
  if (matchesAny(req.ifNoneMatch, etag)) {
    done(304);
    return {
      status: 304,
      headers: pick(headers, ["cache-control", "etag", "last-modified", "accept-ranges"]),
      body: null,
    };
  }

  // If-Range: the range applies only to the version the client already holds part of; otherwise send it all.
  const useRange = req.range !== null && (req.ifRange === null || ifRangeMatches(req.ifRange, etag, info.modified));
  const range = useRange ? parseRange(req.range, info.size) : ({ kind: "none" } as const);
  if (range.kind === "unsatisfiable") {
    done(416);
    return {
      status: 416,
      headers: {
        ...pick(headers, ["cache-control", "accept-ranges", "etag"]),
        "content-range": `bytes */${info.size}`,
      },
      body: null,
    };
  }
  const status = range.kind === "range" ? 206 : 200;
  const length = range.kind === "range" ? range.end - range.start + 1 : info.size;
  headers["content-length"] = String(length);
  if (range.kind === "range") headers["content-range"] = `bytes ${range.start}-${range.end}/${info.size}`;
  else if (opts.sha256) headers["repr-digest"] = `sha-256=:${Buffer.from(opts.sha256, "hex").toString("base64")}:`;
  if (req.method === "HEAD" || length === 0) {
    done(status);
    return { status, headers, body: null };
  }
  const source = await storage.read(key, range.kind === "range" ? { start: range.start, end: range.end } : undefined);
  return {
    status,
    headers,
    body: countedBody(source, (bytes, complete) => done(status, bytes, complete && bytes === length)),
  };
}

/**
 * The file's bytes through a counter. Piped to a socket (node-adapter.ts), the socket's backpressure pauses the file
 * read; when the client goes away the pipeline destroys the counter and with it the file stream, so nothing more is
 * read. `onEnd` runs once: complete after the last byte, or not when destroyed or failed.
 */
export function countedBody(source: Readable, onEnd: (bytes: number, complete: boolean) => void): Readable {
  let bytes = 0;
  let ended = false;
  const end = (complete: boolean) => {
    if (ended) return;
    ended = true;
    onEnd(bytes, complete);
  };
  const counter = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      bytes += chunk.length;
      cb(null, chunk);
    },
  });
  counter.once("end", () => end(true));
  counter.once("close", () => end(false));
  // Errors reach whoever consumes the counter; pipeline only links the two so that destroying one destroys both.
  pipeline(source, counter, () => undefined);
  return counter;
}

function etagFor(info: StoredFile, sha256: string | null | undefined): string {
  return sha256 ? `"sha256-${sha256}"` : `"${info.size.toString(16)}-${info.modified.getTime().toString(16)}"`;
}

function matchesAny(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((t) => t.trim().replace(/^W\//, "") === etag);
}

/** If-Range holds an ETag (strong comparison) or an HTTP date (exact match with Last-Modified, second precision). */
function ifRangeMatches(value: string, etag: string, modified: Date): boolean {
  const v = value.trim();
  if (v.startsWith('"') || v.startsWith("W/")) return v === etag;
  const t = Date.parse(v);
  return Number.isFinite(t) && Math.floor(modified.getTime() / 1000) * 1000 === t;
}

function pick(h: Record<string, string>, keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.filter((k) => k in h).map((k) => [k, h[k]!]));
}
