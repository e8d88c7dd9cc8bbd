// Real clients against the licensed routes in a separate server process: aria2c downloads a manifest ("new since
// version 1": every file of it has bytes), verifies each checksum=sha-256= line, and resumes after the server is
// SIGKILLed mid-file; curl -C - resumes a manifest link to identical bytes; sha256sum -c passes on the sha256
// manifest. Then the S3 driver: archives put into a local S3 bucket, the licensed route answers 302 to a presigned URL
// that curl follows and verifies; a study missing from the bucket is a 404.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalStorage, openStorage, s3Location } from "../storage";
import { startLocalS3, type LocalS3 } from "../storage/test-utils/s3rver";
import { createDeliveryLimits } from "./limits";
import { createToken } from "./tokens";
import { deliveryUrls } from "./urls";
import { deliveryServer } from "./test-utils/licensed-routes";
import { dropWorld, makeWorld, type World } from "./test-utils/licensed-fixture";
import { run, startDownloadServer, waitFor, type DownloadServer } from "./test-utils/processes";
import { haveTools } from "./test-utils/tools";

const SCRIPT = path.resolve("lib/delivery/test-utils/licensed-server.ts");
let w: World;
let server: DownloadServer;
let env: Record<string, string>;
let work: string;
let dl: string;

beforeAll(async () => {
  w = await makeWorld({ storeV2: true, storedBytes: 256 * 1024, bigBytes: 6 << 20 });
  env = { DELIVERY_DB_URL: w.scratch.url, DELIVERY_ARCHIVES: w.archives };
  server = await startDownloadServer(env, 0, SCRIPT);
  work = fs.mkdtempSync(path.join(w.archives, "..", "client-"));
  // Tokens live in real time here: the server process runs on the real clock.
  dl = (
    await createToken(
      w.db,
      w.users.a1,
      { kind: "DOWNLOAD", name: "e2e", licenceId: w.licences.a.id, ttlDays: 1 },
      new Date(),
    )
  ).token;
}, 120_000);
afterAll(async () => {
  await server?.kill("SIGTERM");
  await dropWorld(w);
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

const sha256 = (f: string) => createHash("sha256").update(fs.readFileSync(f)).digest("hex");
const manifest = async (format: string, extra: Record<string, string> = {}) => {
  const r = await fetch(
    `${server.base}${deliveryUrls.manifest(w.licences.a.id, format, { token: dl, since: "1", ...extra })}`,
  );
  expect(r.status).toBe(200);
  return r.text();
};

describe.skipIf(!haveTools("aria2c", "curl", "sha256sum"))("licensed downloads with real clients", () => {
  it("aria2c -i <manifest> verifies every file and resumes after the server is killed mid-file; sha256sum -c passes", async () => {
    const dir = fs.mkdtempSync(path.join(work, "aria-"));
    const input = path.join(dir, "manifest.aria2.txt");
    fs.writeFileSync(input, await manifest("aria2"));
    expect(fs.readFileSync(input, "utf8").match(/checksum=sha-256=/g)).toHaveLength(w.v2Uids.length);
    const common = [
      "-i",
      input,
      "-d",
      dir,
      "-j1",
      "-x1",
      "-s1",
      "--file-allocation=none",
      "--disk-cache=0",
      "--max-tries=1",
      "--retry-wait=0",
      "--console-log-level=warn",
      "--summary-interval=0",
      "--auto-file-renaming=false",
    ];
    const big = path.join(dir, `${w.v2Uids[0]}.zip`);
    // A server that sends the first MiB of each file and then stalls: killed once that MiB is on disk, it has cut
    // the big file mid-way whatever the machine's speed.
    await server.kill("SIGKILL");
    server = await startDownloadServer({ ...env, DELIVERY_STALL_AFTER_BYTES: String(1 << 20) }, server.port, SCRIPT);
    const slow = run("aria2c", common);
    await waitFor(
      "the first MiB of the big file on disk",
      () => fs.existsSync(big) && fs.statSync(big).size >= 1 << 20,
    );
    await server.kill("SIGKILL");
    const cut = await slow.done;
    expect(cut.code).not.toBe(0);
    expect(fs.statSync(big).size).toBeLessThan(6 << 20);
    expect(fs.existsSync(`${big}.aria2`)).toBe(true);

    server = await startDownloadServer(env, server.port, SCRIPT);
    const resumed = await run("aria2c", [...common, "-c"]).done;
    expect(resumed.code, resumed.stdout + resumed.stderr).toBe(0);
    for (const uid of w.v2Uids) expect(sha256(path.join(dir, `${uid}.zip`))).toBe(w.stored.get(uid)!.sha256);
    // The resumed request for the big file asked only for the rest.
    const rows = await waitFor("the resumed request", async () => {
      const r = await w.db.downloadEvent.findMany({
        where: { licenceId: w.licences.a.id, status: 206, complete: true, userAgent: { startsWith: "aria2" } },
      });
      return r.length > 0 ? r : null;
    });
    expect(Number(/^bytes=(\d+)-/.exec(rows.at(-1)!.range ?? "")?.[1])).toBeGreaterThan(0);

    fs.writeFileSync(path.join(dir, "SHA256SUMS"), await manifest("sha256"));
    const check = await run("sha256sum", ["-c", "--strict", "SHA256SUMS"], { cwd: dir }).done;
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(check.stdout.match(/: OK$/gm)).toHaveLength(w.v2Uids.length);
  }, 240_000);

  it("curl -C - -O resumes a manifest link to identical bytes, named <uid>.zip", async () => {
    const dir = fs.mkdtempSync(path.join(work, "curl-"));
    const url = (await manifest("urls")).split("\n").find((u) => u.includes(`/${w.v2Uids[0]}.zip`))!;
    const first = await run("curl", ["-sS", "-f", "-r", "0-1048575", "-O", url], { cwd: dir }).done;
    expect(first.code, first.stderr).toBe(0);
    const file = path.join(dir, `${w.v2Uids[0]}.zip`);
    expect(fs.statSync(file).size).toBe(1 << 20);
    const resumed = await run("curl", ["-sS", "-f", "-C", "-", "-O", url], { cwd: dir }).done;
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(sha256(file)).toBe(w.stored.get(w.v2Uids[0]!)!.sha256);
  }, 120_000);

  it("a revoked token stops the next request at once: curl gets 403 and writes nothing", async () => {
    const t = await createToken(
      w.db,
      w.users.a1,
      { kind: "DOWNLOAD", name: "to revoke", licenceId: w.licences.a.id, ttlDays: 1 },
      new Date(),
    );
    await w.db.accessToken.update({ where: { id: t.id }, data: { revokedAt: new Date() } });
    const dir = fs.mkdtempSync(path.join(work, "revoked-"));
    const r = await run(
      "curl",
      ["-sS", "-f", "-O", `${server.base}${deliveryUrls.tokenDownload(w.licences.a.id, t.token, w.v2Uids[1]!)}`],
      { cwd: dir },
    ).done;
    expect(r.code).toBe(22);
    expect(r.stderr).toMatch(/403/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe.skipIf(!haveTools("curl"))("licensed downloads from S3", () => {
  let s3: LocalS3;
  beforeAll(async () => {
    s3 = await startLocalS3("licensed-e2e");
  });
  afterAll(async () => s3?.stop());

  it("archives put into the bucket are served as a 302 to a presigned URL that curl follows; a missing one is a 404", async () => {
    const bucket = openStorage(s3Location(s3.bucket, "delivery", "archives"), () => s3.client);
    const local = createLocalStorage(w.archives);
    const uid = w.v2Uids[1]!;
    const key = (await w.db.catalogueStudy.findFirstOrThrow({ where: { studyInstanceUid: uid } })).objectKey;
    await bucket.write(key, await local.read(key));
    const now = () => new Date();
    const limits = createDeliveryLimits({
      perLicenceConcurrent: 4,
      perTokenConcurrent: 4,
      perLicencePerMinute: 100,
      perTokenPerMinute: 100,
    });
    const { server: s, base } = await deliveryServer({
      licensed: { db: w.db, storage: bucket, limits, now, presignSeconds: 120 },
      manifest: { db: w.db, now, tokenTtlDays: 1 },
    });
    try {
      const link = `${base}${deliveryUrls.tokenDownload(w.licences.a.id, dl, uid)}`;
      const r = await fetch(link, { redirect: "manual" });
      expect(r.status).toBe(302);
      const location = r.headers.get("location")!;
      expect(location.startsWith(`${s3.endpoint}/${s3.bucket}/delivery/archives/`)).toBe(true);
      expect(location).toContain("X-Amz-Expires=120");
      const dir = fs.mkdtempSync(path.join(work, "s3-"));
      const out = path.join(dir, "s3.zip");
      const got = await run("curl", ["-sS", "-f", "-L", "-o", out, link]).done;
      expect(got.code, got.stderr).toBe(0);
      expect(sha256(out)).toBe(w.stored.get(uid)!.sha256);
      const missing = await fetch(`${base}${deliveryUrls.tokenDownload(w.licences.a.id, dl, w.v1Uids.at(-1)!)}`, {
        redirect: "manual",
      });
      expect(missing.status).toBe(404);
      expect(await missing.text()).toMatch(/Not in storage/);
    } finally {
      await new Promise((r) => s.close(r));
    }
  });
});
