// serveObject's HTTP contract on a real local folder (and an offline-presigning S3 driver): status, headers and the
// exact bytes for full, ranged, conditional and HEAD requests, and the one outcome report per answer.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buffer } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalStorage, StorageNotFoundError, type Storage } from "../storage";
import { createS3Client, createS3Storage } from "../storage/s3";
import { serveObject, type DeliveryOutcome, type ServeRequest, type ServeResult } from "./serve-object";

const MODIFIED = new Date("2026-03-04T05:06:07.000Z");
const BODY = Buffer.from("0123456789abcdefghij"); // 20 bytes
const BIG = Buffer.alloc(3 * (1 << 20) + 17, 7); // more than one 1 MiB read
const SHA = "ab".repeat(32);
const WEAK_TAG = `"${(20).toString(16)}-${MODIFIED.getTime().toString(16)}"`;

let dir: string;
let storage: Storage;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "serve-object-"));
  for (const [name, bytes] of [
    ["a.zip", BODY],
    ["empty.zip", Buffer.alloc(0)],
    ["big.zip", BIG],
  ] as const) {
    fs.writeFileSync(path.join(dir, name), bytes);
    fs.utimesSync(path.join(dir, name), MODIFIED, MODIFIED);
  }
  storage = createLocalStorage(dir);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const req = (over: Partial<ServeRequest> = {}): ServeRequest => ({
  method: "GET",
  range: null,
  ifRange: null,
  ifNoneMatch: null,
  ...over,
});

/** Serves `key`, reads the whole body, and returns the answer with its bytes and every outcome reported. */
async function serve(key: string, r: Partial<ServeRequest> = {}, sha256?: string) {
  const outcomes: DeliveryOutcome[] = [];
  const res: ServeResult = await serveObject(storage, key, req(r), {
    fileName: "1.2.3 scan.zip",
    contentType: "application/zip",
    sha256,
    presignSeconds: 60,
    onDone: (o) => outcomes.push(o),
  });
  const bytes = res.body ? await buffer(res.body) : null;
  await new Promise((resolve) => setImmediate(resolve)); // let "close" follow "end"
  return { ...res, bytes, outcomes };
}

describe("serveObject on the local driver", () => {
  it("sends the whole file with its validators, length and download name", async () => {
    const r = await serve("a.zip");
    expect(r.status).toBe(200);
    expect(r.bytes).toEqual(BODY);
    expect(r.headers).toMatchObject({
      "content-length": "20",
      "content-type": "application/zip",
      "accept-ranges": "bytes",
      etag: WEAK_TAG,
      "last-modified": MODIFIED.toUTCString(),
      "cache-control": "private, no-cache",
      "x-content-type-options": "nosniff",
    });
    expect(r.headers["content-disposition"]).toContain(`filename*=UTF-8''1.2.3%20scan.zip`);
    expect(r.headers["content-range"]).toBeUndefined();
    expect(r.headers["repr-digest"]).toBeUndefined();
    expect(r.outcomes).toEqual([{ status: 200, bytesSent: 20, complete: true, range: null }]);
  });

  it("with a content hash: a strong sha256 ETag and a Repr-Digest of the whole file", async () => {
    const r = await serve("a.zip", {}, SHA);
    expect(r.headers.etag).toBe(`"sha256-${SHA}"`);
    expect(r.headers["repr-digest"]).toBe(`sha-256=:${Buffer.from(SHA, "hex").toString("base64")}:`);
  });

  it("sends one range as 206 with Content-Range and only those bytes (no Repr-Digest: it is of the whole)", async () => {
    const r = await serve("a.zip", { range: "bytes=5-9" }, SHA);
    expect(r.status).toBe(206);
    expect(r.bytes!.toString()).toBe("56789");
    expect(r.headers["content-length"]).toBe("5");
    expect(r.headers["content-range"]).toBe("bytes 5-9/20");
    expect(r.headers["repr-digest"]).toBeUndefined();
    expect(r.outcomes).toEqual([{ status: 206, bytesSent: 5, complete: true, range: "bytes=5-9" }]);
  });

  it("sends a suffix range and an open-ended range", async () => {
    expect((await serve("a.zip", { range: "bytes=-3" })).bytes!.toString()).toBe("hij");
    const open = await serve("a.zip", { range: "bytes=18-" });
    expect(open.bytes!.toString()).toBe("ij");
    expect(open.headers["content-range"]).toBe("bytes 18-19/20");
  });

  it("answers a range past the end with 416, bytes */size and no body", async () => {
    const r = await serve("a.zip", { range: "bytes=20-" });
    expect(r.status).toBe(416);
    expect(r.body).toBeNull();
    expect(r.headers["content-range"]).toBe("bytes */20");
    expect(r.headers["content-length"]).toBeUndefined();
    expect(r.outcomes).toEqual([{ status: 416, bytesSent: 0, complete: true, range: "bytes=20-" }]);
  });

  it("If-Range with the current strong ETag keeps the range; with another or a weak one sends the whole file", async () => {
    expect((await serve("a.zip", { range: "bytes=0-1", ifRange: `"sha256-${SHA}"` }, SHA)).status).toBe(206);
    const other = await serve("a.zip", { range: "bytes=0-1", ifRange: `"sha256-${"cd".repeat(32)}"` }, SHA);
    expect(other.status).toBe(200);
    expect(other.bytes).toEqual(BODY);
    expect((await serve("a.zip", { range: "bytes=0-1", ifRange: `W/"sha256-${SHA}"` }, SHA)).status).toBe(200);
  });

  it("If-Range with a date: the range only when it is the file's Last-Modified second", async () => {
    expect((await serve("a.zip", { range: "bytes=0-1", ifRange: MODIFIED.toUTCString() })).status).toBe(206);
    const later = new Date(MODIFIED.getTime() + 1000).toUTCString();
    expect((await serve("a.zip", { range: "bytes=0-1", ifRange: later })).status).toBe(200);
    expect((await serve("a.zip", { range: "bytes=0-1", ifRange: "not a date" })).status).toBe(200);
  });

  it("If-None-Match with the ETag (in a list, weak-prefixed, or *) answers 304 with validators and no body", async () => {
    for (const inm of [WEAK_TAG, `"x", ${WEAK_TAG}`, `W/${WEAK_TAG}`, "*"]) {
      const r = await serve("a.zip", { ifNoneMatch: inm, range: "bytes=0-1" });
      expect(r.status, inm).toBe(304);
      expect(r.body).toBeNull();
      expect(Object.keys(r.headers).sort()).toEqual(["accept-ranges", "cache-control", "etag", "last-modified"]);
      expect(r.outcomes).toEqual([{ status: 304, bytesSent: 0, complete: true, range: "bytes=0-1" }]);
    }
    expect((await serve("a.zip", { ifNoneMatch: `"other"` })).status).toBe(200);
  });

  it("HEAD gives the GET headers and no body", async () => {
    const r = await serve("a.zip", { method: "HEAD", range: "bytes=0-3" });
    expect(r.status).toBe(206);
    expect(r.body).toBeNull();
    expect(r.headers["content-length"]).toBe("4");
    expect(r.headers["content-range"]).toBe("bytes 0-3/20");
    expect(r.outcomes).toHaveLength(1);
  });

  it("an empty file is 200 with length 0 and no body; a range on it is 416", async () => {
    const r = await serve("empty.zip");
    expect(r.status).toBe(200);
    expect(r.headers["content-length"]).toBe("0");
    expect(r.body).toBeNull();
    expect((await serve("empty.zip", { range: "bytes=0-" })).status).toBe(416);
  });

  it("throws StorageNotFoundError for a missing file, reporting no outcome", async () => {
    const outcomes: DeliveryOutcome[] = [];
    await expect(
      serveObject(storage, "missing.zip", req(), {
        fileName: "m.zip",
        contentType: "application/zip",
        presignSeconds: 60,
        onDone: (o) => outcomes.push(o),
      }),
    ).rejects.toThrow(StorageNotFoundError);
    expect(outcomes).toEqual([]);
  });

  it("a client that goes away mid-file is reported once as incomplete, with the bytes it took", async () => {
    const outcomes: DeliveryOutcome[] = [];
    const res = await serveObject(storage, "big.zip", req(), {
      fileName: "big.zip",
      contentType: "application/zip",
      presignSeconds: 60,
      onDone: (o) => outcomes.push(o),
    });
    const body = res.body!;
    const first: Buffer = await new Promise((resolve) =>
      body.once("data", (chunk: Buffer) => {
        body.pause();
        resolve(chunk);
      }),
    );
    const closed = new Promise((resolve) => body.once("close", resolve));
    body.destroy();
    await closed;
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]!.complete).toBe(false);
    expect(outcomes[0]!.bytesSent).toBeGreaterThanOrEqual(first.length);
    expect(outcomes[0]!.bytesSent).toBeLessThan(BIG.length);
  });
});

describe("serveObject on a presigning driver", () => {
  it("redirects to a signed URL carrying the download name and type, with no bytes and no caching", async () => {
    const s3 = createS3Storage(
      createS3Client({
        endpoint: "http://127.0.0.1:3400",
        region: "us-east-1",
        forcePathStyle: true,
        accessKeyId: "test",
        secretAccessKey: "test-secret",
      }),
      "archive-bucket",
      "archives",
    );
    const outcomes: DeliveryOutcome[] = [];
    const r = await serveObject(s3, "1.2.3.zip", req({ range: "bytes=0-9" }), {
      fileName: "1.2.3.zip",
      contentType: "application/zip",
      presignSeconds: 120,
      onDone: (o) => outcomes.push(o),
    });
    expect(r.status).toBe(302);
    expect(r.body).toBeNull();
    expect(r.headers["cache-control"]).toBe("no-store");
    const url = new URL(r.headers.location!);
    expect(url.pathname).toBe("/archive-bucket/archives/1.2.3.zip");
    expect(url.searchParams.get("X-Amz-Expires")).toBe("120");
    expect(url.searchParams.get("response-content-type")).toBe("application/zip");
    expect(url.searchParams.get("response-content-disposition")).toContain(`filename="1.2.3.zip"`);
    expect(outcomes).toEqual([{ status: 302, bytesSent: 0, complete: true, range: "bytes=0-9" }]);
  });
});
