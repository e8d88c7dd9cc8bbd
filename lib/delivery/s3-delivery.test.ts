// The S3 driver end to end against a local S3-compatible server (s3rver over real HTTP): the synthetic sample is
// imported into the bucket, the import folder is deleted, the archive is built from the bucket into the bucket, and
// the download answers with a 302 to a presigned URL that curl follows, resumes and verifies.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { haveTools } from "./test-utils/tools";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { importFolder } from "../importer";
import { tempDir } from "../importer/test-utils/make-folder";
import { openStorage, s3Location, storageForStudy } from "../storage";
import { startLocalS3, type LocalS3 } from "../storage/test-utils/s3rver";
import { generatePack } from "../synth/pack";
import { buildArchives } from "./build-archives";
import { serveObject } from "./serve-object";
import { run, startDownloadServer, waitFor, type DownloadServer } from "./test-utils/processes";

let s3: LocalS3;
let scratch: ScratchDb;
let dir: string;
let server: DownloadServer | undefined;

beforeAll(async () => {
  [s3, scratch] = await Promise.all([startLocalS3("delivery-e2e"), createScratchDb()]);
  dir = tempDir();
}, 60_000);
afterAll(async () => {
  await server?.kill("SIGTERM");
  await Promise.all([s3?.stop(), scratch?.cleanup()]);
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const client = () => s3.client;
const archivesAt = () => s3Location(s3.bucket, "delivery", "archives");
const sha256 = (f: string) => createHash("sha256").update(fs.readFileSync(f)).digest("hex");

describe.skipIf(!haveTools("curl", "unzip", "sha256sum"))("S3 storage end to end", () => {
  it("imports into the bucket, archives from the bucket, and serves a presigned redirect that curl resumes", async () => {
    const pack = path.join(dir, "pack");
    await generatePack(pack, { studies: 1 });
    const report = await importFolder(scratch.db, pack, {
      datasetSlug: "t-s3",
      sample: true,
      workers: 0,
      statistics: false,
      destination: (uid) => openStorage(s3Location(s3.bucket, "delivery", "studies", "t-s3", uid), client),
    });
    expect(report).toMatchObject({ studies: 1, rejected: [], unpublished: [] });
    const study = await scratch.db.study.findFirstOrThrow({ include: { series: { include: { instances: true } } } });
    expect(study.storageRoot).toBe(`s3://delivery-e2e/delivery/studies/t-s3/${study.studyInstanceUid}`);
    expect(study.published).toBe(true);

    // Nothing is read from the import folder any more: the preview and the archive come from the bucket.
    fs.rmSync(pack, { recursive: true, force: true });
    const files = storageForStudy(study, client);
    const inst = study.series[0]!.instances[0]!;
    expect((await files.stat(inst.fileKey))?.size).toBe(inst.sizeBytes);
    expect(await files.stat(inst.jpgKey!)).not.toBeNull();
    expect(await files.stat(study.reportKey!)).not.toBeNull();

    const archives = openStorage(archivesAt(), client);
    const built = await buildArchives({ db: scratch.db, archives, s3: client }, { datasetSlug: "t-s3" });
    expect(built).toMatchObject({ built: 1, failed: [] });
    const withArchive = await scratch.db.study.findUniqueOrThrow({ where: { id: study.id } });
    const key = withArchive.archiveKey!;
    expect(Number((await archives.stat(key))?.size)).toBe(Number(withArchive.archiveSize));

    // The route function answers with a redirect and moves no bytes itself.
    const outcomes: unknown[] = [];
    const r = await serveObject(
      archives,
      key,
      { method: "GET", range: null, ifRange: null, ifNoneMatch: null },
      {
        fileName: "sample.zip",
        contentType: "application/zip",
        sha256: withArchive.archiveSha256,
        presignSeconds: 120,
        onDone: (o) => outcomes.push(o),
      },
    );
    expect(r.status).toBe(302);
    expect(r.body).toBeNull();
    expect(r.headers.location).toMatch(
      new RegExp(`^${s3.endpoint}/delivery-e2e/delivery/archives/t-s3/.*X-Amz-Expires=120`),
    );
    expect(outcomes).toEqual([{ status: 302, bytesSent: 0, complete: true, range: null }]);

    // A real client through a download server process: redirect, a cut download, then curl -L -C - finishes it.
    server = await startDownloadServer({
      DOWNLOAD_LOCATION: archivesAt(),
      DOWNLOAD_KEY: key,
      DOWNLOAD_SHA256: withArchive.archiveSha256!,
      DOWNLOAD_STUDY_ID: study.id,
      DOWNLOAD_DB_URL: scratch.url,
      S3_ENDPOINT: s3.endpoint,
    });
    const out = path.join(dir, "from-s3.zip");
    const head = await run("curl", ["-sS", "-f", "-L", "-r", "0-999999", "-o", out, server.url]).done;
    expect(head.code, head.stderr).toBe(0);
    expect(fs.statSync(out).size).toBe(1_000_000);
    const rest = await run("curl", ["-sS", "-f", "-L", "-C", "-", "-o", out, server.url]).done;
    expect(rest.code, rest.stderr).toBe(0);
    expect(sha256(out)).toBe(withArchive.archiveSha256);
    execFileSync("unzip", ["-tq", out]);
    const x = path.join(dir, "x");
    execFileSync("unzip", ["-q", out, "-d", x]);
    execFileSync("sha256sum", ["-c", "--strict", "--quiet", "SHA256SUMS"], { cwd: x });
    const events = await waitFor("two recorded redirects", async () => {
      const rows = await scratch.db.downloadEvent.findMany({ where: { studyId: study.id } });
      return rows.length >= 2 ? rows : null;
    });
    expect(events.every((e) => e.status === 302 && e.bytesSent === 0n)).toBe(true);
  }, 120_000);
});
