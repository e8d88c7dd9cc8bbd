// Crash safety on the production stack: a real `npm run worker` process (pg-boss on PostgreSQL) is SIGKILLed at
// seeded random points while it runs an import job and then an archive job; fresh workers take over. The end state -
// studies, series, instances, what is published, archive keys/sizes/hashes and the zip files - must equal an
// uninterrupted run's, no import run may stay "running", and both jobs must end completed. Expiry and polling are
// shortened through the worker's environment; every wait polls for a state (no durations are asserted).
// Needs TEST_DATABASE_URL (npm run test:db); skipped without it.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildArchives } from "../delivery/build-archives";
import { importFolder } from "../importer/import-folder";
import { catalogueSnapshot } from "../importer/test-utils/snapshot";
import { makeFolder, tempDir } from "../importer/test-utils/make-folder";
import { createLocalStorage } from "../storage";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { createPgBossQueue } from "./pg-boss-driver";
import { queuePolicies } from "./queues";
import { mulberry32 } from "../synth/rng";
import { eventually } from "./test-utils/queue-contract";

const url = process.env.TEST_DATABASE_URL;
const pg = !!url && /^postgres(ql)?:\/\//.test(url);
const ROOT = path.resolve(import.meta.dirname, "../..");
const SLUG = "crash-test";
const ITERATIONS = Number(process.env.CRASH_ITERATIONS ?? 2);
const KILLS_PER_JOB = 2;
// Long enough that an honest run on a loaded CI machine is not given up on; each kill costs this much waiting.
const EXPIRE_S = 20;

function zips(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    if (!fs.existsSync(d)) return;
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".zip"))
        out[path.relative(dir, p)] = crypto.createHash("sha256").update(fs.readFileSync(p)).digest("hex");
    }
  };
  walk(dir);
  return out;
}

function startWorker(dbUrl: string, archiveDir: string, dataDir: string): ChildProcess {
  return spawn(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/worker.ts"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "test",
      DATABASE_URL: dbUrl,
      DATA_DIR: dataDir,
      ARCHIVE_DIR: archiveDir,
      STORAGE_DRIVER: "local",
      SMTP_URL: "",
      JOBS_DRIVER: "pg-boss",
      JOBS_EXPIRE_SECONDS: String(EXPIRE_S),
      JOBS_RETRY_DELAY_SECONDS: "0",
      JOBS_RETRY_LIMIT: "20",
      JOBS_MAINTENANCE_SECONDS: "1",
      JOBS_POLL_SECONDS: "0.5",
      WORKER_IMPORT_THREADS: "1",
    },
  });
}

const exited = (c: ChildProcess) =>
  new Promise<void>((r) => (c.exitCode !== null || c.signalCode !== null ? r() : c.once("exit", () => r())));

async function jobState(s: ScratchDb, id: string): Promise<string> {
  const rows = await s.db.$queryRawUnsafe<{ state: string }[]>(
    `SELECT state::text AS state FROM pgboss.job WHERE id = $1::uuid`,
    id,
  );
  return rows[0]?.state ?? "missing";
}

describe.skipIf(!pg)("jobs survive SIGKILL (real worker processes, pg-boss; needs TEST_DATABASE_URL)", () => {
  const source = tempDir("crash-pack-");
  let reference: { snapshot: unknown; files: Record<string, string> };

  beforeAll(async () => {
    makeFolder(source, {
      studies: [[4, 4], [4, 4], [4], [4, 4, 2], [3, 3], [4, 4]],
      dicomdir: true,
      pdf: true,
      jpg: true,
    });
    // The uninterrupted run, in this process: import, then archives.
    const s = await createScratchDb();
    const archiveDir = tempDir("crash-ref-archives-");
    try {
      await importFolder(s.db, source, { datasetSlug: SLUG, sample: true, workers: 0 });
      const r = await buildArchives(
        {
          db: s.db,
          archives: createLocalStorage(archiveDir),
          s3: () => {
            throw new Error("no S3 here");
          },
        },
        { datasetSlug: SLUG },
      );
      expect(r.failed).toEqual([]);
      reference = { snapshot: await catalogueSnapshot(s.db, SLUG), files: zips(archiveDir) };
      expect(Object.keys(reference.files)).toHaveLength(6);
    } finally {
      await s.cleanup();
      fs.rmSync(archiveDir, { recursive: true, force: true });
    }
  }, 120_000);
  afterAll(() => fs.rmSync(source, { recursive: true, force: true }));

  for (let i = 0; i < ITERATIONS; i++) {
    const seed = 0x5eed + i;
    it(`iteration ${i + 1} (seed ${seed}): import and archive jobs killed at random points end as an uninterrupted run`, async () => {
      // mulberry32: seeded, so a failing run can be replayed with the printed seed.
      const random = mulberry32(seed);
      const s = await createScratchDb();
      const archiveDir = tempDir("crash-archives-");
      const dataDir = tempDir("crash-data-");
      const queue = createPgBossQueue({
        connectionString: s.url,
        policies: queuePolicies({ expireInSeconds: EXPIRE_S, retryDelaySeconds: 0, retryLimit: 20 }),
        log: () => {},
      });
      const workers: ChildProcess[] = [];
      const kills: string[] = [];
      try {
        for (const [name, data] of [
          ["import-folder", { source, datasetSlug: SLUG, sample: true }],
          ["build-archives", { datasetSlug: SLUG }],
        ] as const) {
          const id = (await queue.send(name, data))!;
          for (let k = 0; k < KILLS_PER_JOB && (await jobState(s, id)) !== "completed"; k++) {
            const w = startWorker(s.url, archiveDir, dataDir);
            workers.push(w);
            // Kill at a random point after the worker took the job (its start-up time varies too much to aim from spawn).
            await eventually(
              () => jobState(s, id),
              (st) => st === "active" || st === "completed",
              `${name} job to start`,
              240_000,
            );
            await new Promise((r) => setTimeout(r, Math.floor(random() * 1200)));
            kills.push(`${name}:${await jobState(s, id)}`);
            w.kill("SIGKILL");
            await exited(w);
          }
          const last = startWorker(s.url, archiveDir, dataDir);
          workers.push(last);
          await eventually(
            () => jobState(s, id),
            (st) => st === "completed" || st === "failed",
            `${name} job to end`,
            240_000,
          );
          expect(await jobState(s, id), `${name} job`).toBe("completed");
          last.kill("SIGTERM");
          await exited(last);
        }
        expect(await catalogueSnapshot(s.db, SLUG)).toEqual(reference.snapshot);
        expect(zips(archiveDir)).toEqual(reference.files);
        const runs = await s.db.importRun.findMany({ select: { status: true } });
        // Where the kills landed (job state at the kill) and what the runs became, for the log of a failing seed.
        console.log(`seed ${seed}: killed at ${kills.join(", ")}; import runs ${runs.map((r) => r.status).join(", ")}`);
        expect(runs.filter((r) => r.status === "running")).toEqual([]);
        expect(runs.some((r) => r.status === "completed")).toBe(true);
      } finally {
        for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill("SIGKILL");
        await Promise.all(workers.map(exited));
        await queue.stop();
        await s.cleanup();
        fs.rmSync(archiveDir, { recursive: true, force: true });
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    }, 600_000);
  }
});
