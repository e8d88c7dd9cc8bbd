// requestFrom and sendResult on a real Node HTTP server: the conditional/range headers reach serveObject, its answer
// goes out with status, headers and exact bytes, and a client that hangs up ends the send quietly with the file read
// stopped (reported once as incomplete).
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalStorage } from "../storage";
import { requestFrom, sendResult } from "./node-adapter";
import { serveObject, type DeliveryOutcome, type ServeRequest } from "./serve-object";
import { textResult } from "./text-result";

const PORT = 3402;
const BIG = Buffer.alloc(8 * (1 << 20), 1);
let dir: string;
let server: http.Server;
const seen: ServeRequest[] = [];
let outcome: Promise<DeliveryOutcome>;
let sent: Promise<void> | undefined;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "node-adapter-"));
  fs.writeFileSync(path.join(dir, "a.zip"), "0123456789");
  fs.writeFileSync(path.join(dir, "big.zip"), BIG);
  const storage = createLocalStorage(dir);
  server = http.createServer(async (req, res) => {
    const r = requestFrom(req);
    seen.push(r);
    if (req.url === "/refuse") {
      await sendResult(res, textResult(403, "no"));
      return;
    }
    let done!: (o: DeliveryOutcome) => void;
    outcome = new Promise((resolve) => (done = resolve));
    const result = await serveObject(storage, req.url!.slice(1), r, {
      fileName: "x.zip",
      contentType: "application/zip",
      presignSeconds: 60,
      onDone: done,
    });
    sent = sendResult(res, result);
  });
  await new Promise<void>((resolve) => server.listen(PORT, "127.0.0.1", resolve));
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(dir, { recursive: true, force: true });
});

const url = (p: string) => `http://127.0.0.1:${PORT}${p}`;

describe("node adapter", () => {
  it("reads method, Range, If-Range and If-None-Match from the request", async () => {
    seen.length = 0;
    await fetch(url("/a.zip"), {
      method: "HEAD",
      headers: { range: "bytes=1-2", "if-range": '"abc"', "if-none-match": '"def"' },
    });
    expect(seen[0]).toEqual({ method: "HEAD", range: "bytes=1-2", ifRange: '"abc"', ifNoneMatch: '"def"' });
    await fetch(url("/a.zip"));
    expect(seen[1]).toEqual({ method: "GET", range: null, ifRange: null, ifNoneMatch: null });
  });

  it("sends a ranged answer's status, headers and exact bytes", async () => {
    const r = await fetch(url("/a.zip"), { headers: { range: "bytes=2-5" } });
    expect(r.status).toBe(206);
    expect(r.headers.get("content-range")).toBe("bytes 2-5/10");
    expect(r.headers.get("content-length")).toBe("4");
    expect(await r.text()).toBe("2345");
    expect(await outcome).toMatchObject({ status: 206, bytesSent: 4, complete: true });
  });

  it("sends a body-less answer (304) and a text answer", async () => {
    const etag = (await fetch(url("/a.zip"), { method: "HEAD" })).headers.get("etag")!;
    const r = await fetch(url("/a.zip"), { headers: { "if-none-match": etag } });
    expect(r.status).toBe(304);
    expect(await r.text()).toBe("");
    const refused = await fetch(url("/refuse"));
    expect(refused.status).toBe(403);
    expect(await refused.text()).toBe("no\n");
  });

  it("a client that hangs up mid-file: sendResult resolves, and the outcome is incomplete", async () => {
    await new Promise<void>((resolve) => {
      const req = http.get(url("/big.zip"), (res) => {
        res.once("data", () => {
          req.destroy();
          resolve();
        });
      });
      req.on("error", () => undefined);
      req.on("close", () => resolve());
    });
    const o = await outcome;
    expect(o.complete).toBe(false);
    expect(o.bytesSent).toBeLessThan(BIG.length);
    await expect(sent).resolves.toBeUndefined();
  });
});
