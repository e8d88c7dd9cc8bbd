// Real processes end to end: the synthetic sample study is imported and archived, a download server process serves
// the archive through serveObject, and the real clients fetch it - curl resumes with -C -, aria2c verifies its
// checksum=sha-256= line and resumes after the server is SIGKILLed mid-file. Every result must pass sha256sum -c and
// unzip -t; every completed request is in DownloadEvent.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { haveTools } from "./test-utils/tools";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { importFolder } from "../importer";
import { tempDir } from "../importer/test-utils/make-folder";
import { createLocalStorage } from "../storage";
import { generatePack } from "../synth/pack";
import { buildArchives } from "./build-archives";
import { run, startDownloadServer, waitFor, type DownloadServer } from "./test-utils/processes";

let scratch: ScratchDb;
let dir: string;
let archive: { id: string; key: string; size: number; sha256: string; path: string };
let server: DownloadServer;
let serverEnv: Record<string, string>;

beforeAll(async () => {
  scratch = await createScratchDb();
  dir = tempDir();
  await generatePack(path.join(dir, "pack"), { studies: 1 });
  await importFolder(scratch.db, path.join(dir, "pack"), {
    datasetSlug: "t-dl",
    sample: true,
    workers: 0,
    statistics: false,
  });
  const archives = createLocalStorage(path.join(dir, "archives"));
  const r = await buildArchives(
    {
      db: scratch.db,
      archives,
      s3: () => {
        throw new Error("no S3");
      },
    },
    { datasetSlug: "t-dl" },
  );
  expect(r).toMatchObject({ built: 1, failed: [] });
  const s = await scratch.db.study.findFirstOrThrow({ where: { archiveKey: { not: null } } });
  archive = {
    id: s.id,
    key: s.archiveKey!,
    size: Number(s.archiveSize),
    sha256: s.archiveSha256!,
    path: path.join(dir, "archives", s.archiveKey!),
  };
  serverEnv = {
    DOWNLOAD_LOCATION: path.join(dir, "archives"),
    DOWNLOAD_KEY: archive.key,
    DOWNLOAD_SHA256: archive.sha256,
    DOWNLOAD_STUDY_ID: s.id,
    DOWNLOAD_DB_URL: scratch.url,
  };
  server = await startDownloadServer(serverEnv);
}, 120_000);
afterAll(async () => {
  await server?.kill("SIGTERM");
  await scratch?.cleanup();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const sha256 = (f: string) => createHash("sha256").update(fs.readFileSync(f)).digest("hex");
const events = () =>
  scratch.db.downloadEvent.findMany({ where: { studyId: archive.id }, orderBy: { startedAt: "asc" } });

/** Unzips `zip` and checks its SHA256SUMS the way a customer would. */
function verifyArchive(zip: string) {
  execFileSync("unzip", ["-tq", zip]);
  const x = fs.mkdtempSync(path.join(dir, "x-"));
  execFileSync("unzip", ["-q", zip, "-d", x]);
  execFileSync("sha256sum", ["-c", "--strict", "--quiet", "SHA256SUMS"], { cwd: x });
}

describe.skipIf(!haveTools("aria2c", "curl", "unzip", "sha256sum"))("downloads with real clients", () => {
  it("the archive is a real multi-megabyte study (so a download can be cut mid-file)", () => {
    expect(archive.size).toBeGreaterThan(4 * 1024 * 1024);
    verifyArchive(archive.path);
  });

  it("curl -C - resumes a partial download to identical bytes", async () => {
    const out = path.join(dir, "curl.zip");
    const first = await run("curl", ["-sS", "-f", "-r", "0-1048575", "-o", out, server.url]).done;
    expect(first.code, first.stderr).toBe(0);
    expect(fs.statSync(out).size).toBe(1048576);
    const resumed = await run("curl", [
      "-sS",
      "-f",
      "-C",
      "-",
      "-o",
      out,
      "-D",
      path.join(dir, "curl.headers"),
      server.url,
    ]).done;
    expect(resumed.code, resumed.stderr).toBe(0);
    const headers = fs.readFileSync(path.join(dir, "curl.headers"), "utf8").toLowerCase();
    expect(headers).toMatch(/^http\/1\.1 206/);
    expect(headers).toContain(`content-range: bytes 1048576-${archive.size - 1}/${archive.size}`);
    expect(sha256(out)).toBe(archive.sha256);
    verifyArchive(out);
    const rows = await waitFor("two download events", async () =>
      (await events()).filter((e) => e.status === 206).length >= 2 ? events() : null,
    );
    const resumedRow = rows.find((e) => e.range === "bytes=1048576-")!;
    expect(resumedRow).toMatchObject({ status: 206, complete: true, bytesSent: BigInt(archive.size - 1048576) });
  });

  it("aria2c verifies checksum=sha-256= and resumes after the server is killed mid-file", async () => {
    const work = fs.mkdtempSync(path.join(dir, "aria-"));
    const input = path.join(work, "manifest.txt");
    fs.writeFileSync(input, `${server.url}\n  out=sample.zip\n  checksum=sha-256=${archive.sha256}\n`);
    const common = [
      "-i",
      input,
      "-d",
      work,
      "--file-allocation=none",
      "--disk-cache=0",
      "-x1",
      "-s1",
      "--max-tries=1",
      "--retry-wait=0",
      "--console-log-level=warn",
      "--summary-interval=0",
      "--auto-file-renaming=false",
    ];
    // A server that sends the first 256 KiB and then stalls: killed once they are on disk, the cut lands mid-file
    // however fast or slow the machine is.
    const cutAt = 256 << 10;
    expect(archive.size).toBeGreaterThan(cutAt);
    await server.kill("SIGKILL");
    server = await startDownloadServer({ ...serverEnv, DOWNLOAD_STALL_AFTER_BYTES: String(cutAt) }, server.port);
    const slow = run("aria2c", common);
    const part = path.join(work, "sample.zip");
    await waitFor("the first 256 KiB on disk", () => fs.existsSync(part) && fs.statSync(part).size >= cutAt);
    await server.kill("SIGKILL");
    const cut = await slow.done;
    expect(cut.code).not.toBe(0);
    const partial = fs.statSync(part).size;
    expect(partial).toBeLessThan(archive.size);
    expect(fs.existsSync(`${part}.aria2`)).toBe(true);

    server = await startDownloadServer(serverEnv, server.port);
    const resumed = await run("aria2c", [...common, "-c"]).done;
    expect(resumed.code, resumed.stdout + resumed.stderr).toBe(0);
    expect(fs.existsSync(`${part}.aria2`)).toBe(false);
    expect(sha256(part)).toBe(archive.sha256);
    verifyArchive(part);
    // The restarted server was asked only for the rest, from where the first run's control file said it stopped.
    const rows = await waitFor("the resumed request", async () => {
      const r = (await events()).filter((e) => e.status === 206 && e.complete && e.userAgent?.startsWith("aria2"));
      return r.length > 0 ? r : null;
    });
    const start = Number(/^bytes=(\d+)-/.exec(rows.at(-1)!.range ?? "")?.[1]);
    expect(start).toBeGreaterThan(0);
    expect(start).toBeLessThanOrEqual(partial);
  });

  it("aria2c refuses a file whose checksum does not match", async () => {
    const work = fs.mkdtempSync(path.join(dir, "aria-bad-"));
    const input = path.join(work, "manifest.txt");
    fs.writeFileSync(input, `${server.url}\n  out=sample.zip\n  checksum=sha-256=${"0".repeat(64)}\n`);
    const r = await run("aria2c", [
      "-i",
      input,
      "-d",
      work,
      "--max-tries=1",
      "--console-log-level=error",
      "--summary-interval=0",
    ]).done;
    expect(r.code).toBe(32);
  });

  it("a client that disconnects mid-file stops the read, and the event says how far it got", async () => {
    const before = (await events()).length;
    await new Promise<void>((resolve, reject) => {
      const req = http.get(server.url, (res) => {
        res.once("data", () => {
          req.destroy();
          resolve();
        });
      });
      req.on("error", (e) => (req.destroyed ? undefined : reject(e)));
    });
    const rows = await waitFor("the cut-off request's event", async () => {
      const all = await events();
      return all.length > before ? all : null;
    });
    const cut = rows.at(-1)!;
    expect(cut).toMatchObject({ status: 200, complete: false, range: null });
    expect(cut.bytesSent).toBeLessThan(BigInt(archive.size));
  });

  it("answers 416, honours If-Range, 304 on a matching ETag, and HEAD without a body", async () => {
    const etag = `"sha256-${archive.sha256}"`;
    const r416 = await fetch(server.url, { headers: { range: `bytes=${archive.size}-` } });
    expect(r416.status).toBe(416);
    expect(r416.headers.get("content-range")).toBe(`bytes */${archive.size}`);
    const stale = await fetch(server.url, { headers: { range: "bytes=0-9", "if-range": '"sha256-other"' } });
    expect(stale.status).toBe(200);
    expect(stale.headers.get("content-length")).toBe(String(archive.size));
    await stale.body?.cancel();
    const fresh = await fetch(server.url, { headers: { range: "bytes=0-9", "if-range": etag } });
    expect(fresh.status).toBe(206);
    expect(Buffer.from(await fresh.arrayBuffer())).toEqual(fs.readFileSync(archive.path).subarray(0, 10));
    const suffix = await fetch(server.url, { headers: { range: "bytes=-4" } });
    expect(Buffer.from(await suffix.arrayBuffer())).toEqual(fs.readFileSync(archive.path).subarray(archive.size - 4));
    const r304 = await fetch(server.url, { headers: { "if-none-match": etag } });
    expect(r304.status).toBe(304);
    const head = await fetch(server.url, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("accept-ranges")).toBe("bytes");
    expect(head.headers.get("repr-digest")).toBe(`sha-256=:${Buffer.from(archive.sha256, "hex").toString("base64")}:`);
  });
});
