// The desk's jobs page and actions on a scratch database with the in-process queue (not worked, so jobs stay put):
// pages of jobs, and each action queued with its audit row, or refused with a message for the form.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { JOBS_PAGE, jobsOverview, queueCatalogueRefresh, queueImport, retryJob } from "./desk";
import { createInProcessQueue } from "./in-process-driver";
import { QUEUES, queuePolicies } from "./queues";
import type { JobQueue } from "./types";

let s: ScratchDb;
let queue: JobQueue;
let folder: string;
const actor = { id: "admin-1", email: "admin@example.org" };

beforeAll(async () => {
  s = await createScratchDb();
  queue = createInProcessQueue(s.db, { policies: queuePolicies({}), log: () => {} });
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "desk-jobs-"));
  await s.db.dataset.create({ data: { slug: "lumbar-spine-mri", title: "Lumbar" } });
});
afterAll(async () => {
  await queue?.stop();
  await s?.cleanup();
  fs.rmSync(folder, { recursive: true, force: true });
});

const audit = (action: string) => s.db.auditEvent.findMany({ where: { action } });

describe("desk job actions", () => {
  it("queue an import of a folder on the server, audited with who asked", async () => {
    const id = await queueImport(
      { db: s.db, queue },
      actor,
      { source: folder, datasetSlug: "lumbar-spine-mri", sample: true },
      "203.0.113.1",
    );
    const job = await s.db.job.findUniqueOrThrow({ where: { id } });
    expect(job.name).toBe(QUEUES.importFolder);
    expect(JSON.parse(job.data)).toMatchObject({ source: folder, sample: true, requestedBy: "desk:admin@example.org" });
    expect(await audit("import.queued")).toMatchObject([{ targetId: id, actorEmail: actor.email, ip: "203.0.113.1" }]);
  });

  it("refuse a folder that is not there, naming the field", async () => {
    await expect(
      queueImport({ db: s.db, queue }, actor, { source: `${folder}/missing`, datasetSlug: "x", sample: false }, null),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { source: ["No such folder on the server"] } });
  });

  it("queue a catalogue refresh for a dataset that exists, refuse one that does not", async () => {
    const id = await queueCatalogueRefresh({ db: s.db, queue }, actor, "lumbar-spine-mri", null);
    expect((await s.db.job.findUniqueOrThrow({ where: { id } })).name).toBe(QUEUES.refreshCatalogue);
    expect(await audit("catalogue.refresh_queued")).toHaveLength(1);
    await expect(queueCatalogueRefresh({ db: s.db, queue }, actor, "no-such", null)).rejects.toMatchObject({
      code: "VALIDATION",
    });
  });

  it("retry only a failed job", async () => {
    const id = (await queue.send(QUEUES.refreshCatalogue, { datasetSlug: "lumbar-spine-mri" }))!;
    await expect(retryJob({ db: s.db, queue }, actor, id, null)).rejects.toMatchObject({ code: "CONFLICT" });
    await s.db.job.update({ where: { id }, data: { state: "failed" } });
    await retryJob({ db: s.db, queue }, actor, id, null);
    expect((await s.db.job.findUniqueOrThrow({ where: { id } })).state).not.toBe("failed");
    expect(await audit("job.retried")).toMatchObject([{ targetId: id }]);
  });
});

describe("jobsOverview", () => {
  it("pages through the jobs newest first with counts", async () => {
    for (let i = 0; i < JOBS_PAGE + 3; i++) await queue.send(QUEUES.refreshCatalogue, { datasetSlug: `d${i}` });
    const total = await s.db.job.count();
    const first = await jobsOverview(queue, "all");
    expect(first.items).toHaveLength(JOBS_PAGE);
    expect(first.next).not.toBeNull();
    const second = await jobsOverview(queue, "all", first.next!);
    expect(second.next).toBeNull();
    const ids = [...first.items, ...second.items].map((j) => j.id);
    expect(new Set(ids).size).toBe(total);
    expect(Object.values(first.counts).reduce((a, b) => a + b, 0) - first.counts.retried).toBe(total);
    expect((await jobsOverview(queue, "failed")).items).toEqual([]);
  });
});
