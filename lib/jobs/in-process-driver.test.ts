import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { createInProcessQueue } from "./in-process-driver";
import { queuePolicies } from "./queues";
import { eventually, queueContract } from "./test-utils/queue-contract";
import type { JobQueue } from "./types";

let s: ScratchDb;
const queues: JobQueue[] = [];
beforeEach(async () => {
  s = await createScratchDb();
});
afterEach(async () => {
  await Promise.all(queues.splice(0).map((q) => q.stop()));
  await s.cleanup();
});

describe("in-process job driver (Job table)", () => {
  queueContract(async () => {
    const q = createInProcessQueue(s.db, {
      policies: queuePolicies({ retryDelaySeconds: 0, retryLimit: 1 }),
      pollMs: 50,
      log: () => {},
    });
    queues.push(q);
    return q;
  });

  it("waits out the backoff by the injected clock, doubling it per attempt", async () => {
    let t = new Date("2026-01-01T00:00:00Z");
    const q = createInProcessQueue(s.db, {
      policies: queuePolicies({ retryDelaySeconds: 10, retryLimit: 2 }),
      now: () => t,
      pollMs: 20,
      log: () => {},
    });
    queues.push(q);
    let attempts = 0;
    await q.work({
      "send-mail": async () => {
        attempts++;
        throw new Error("smtp down");
      },
    });
    const id = (await q.send("send-mail", { to: "x@example.test", subject: "s", text: "t" }))!;
    const row = () => s.db.job.findUniqueOrThrow({ where: { id } });
    await eventually(row, (r) => r.state === "retry", "the first retry to be scheduled");
    expect((await row()).startAfter.toISOString()).toBe("2026-01-01T00:00:10.000Z");
    t = new Date("2026-01-01T00:00:10Z");
    await eventually(row, (r) => r.state === "retry" && r.retryCount === 1, "the second retry");
    expect((await row()).startAfter.toISOString()).toBe("2026-01-01T00:00:30.000Z"); // 10 s x 2
    t = new Date("2026-01-01T00:00:30Z");
    await eventually(row, (r) => r.state === "failed", "the job to fail");
    expect(attempts).toBe(3);
  });

  it("gives a job whose process died (still active past its expiry) another attempt", async () => {
    let t = new Date("2026-01-01T00:00:00Z");
    const policies = queuePolicies({ expireInSeconds: 60, retryDelaySeconds: 0, retryLimit: 1 });
    // A job claimed by a process that then vanished: active, started at t.
    await s.db.job.create({
      data: {
        id: "00000000-0000-4000-8000-000000000001",
        name: "send-mail",
        data: "{}",
        ...policies["send-mail"],
        state: "active",
        startedOn: t,
        startAfter: t,
        createdOn: t,
      },
    });
    const q = createInProcessQueue(s.db, { policies, now: () => t, pollMs: 20, log: () => {} });
    queues.push(q);
    let runs = 0;
    await q.work({ "send-mail": async () => void runs++ });
    expect((await s.db.job.findUniqueOrThrow({ where: { id: "00000000-0000-4000-8000-000000000001" } })).state).toBe(
      "active",
    );
    t = new Date("2026-01-01T00:01:01Z");
    await eventually(
      () => s.db.job.findUniqueOrThrow({ where: { id: "00000000-0000-4000-8000-000000000001" } }),
      (r) => r.state === "completed",
      "the lost job to be rerun",
    );
    expect(runs).toBe(1);
    expect(
      (await s.db.job.findUniqueOrThrow({ where: { id: "00000000-0000-4000-8000-000000000001" } })).retryCount,
    ).toBe(1);
  });

  it("never runs one job in two processes sharing the database", async () => {
    const policies = queuePolicies({ retryLimit: 0 });
    const runs: string[] = [];
    const a = createInProcessQueue(s.db, { policies, pollMs: 10, concurrency: 4, log: () => {} });
    const b = createInProcessQueue(s.db, { policies, pollMs: 10, concurrency: 4, log: () => {} });
    queues.push(a, b);
    const ids = [];
    for (let i = 0; i < 20; i++) ids.push(await a.send("send-mail", { i }));
    await Promise.all(
      [a, b].map((q) => q.work({ "send-mail": async (d) => void runs.push(String((d as { i: number }).i)) })),
    );
    await eventually(
      () => s.db.job.count({ where: { state: "completed" } }),
      (n) => n === 20,
      "all jobs to complete",
    );
    expect(runs.sort()).toEqual(Array.from({ length: 20 }, (_, i) => String(i)).sort());
  });
});
