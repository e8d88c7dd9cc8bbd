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

  it("stop() waits for a poll under way: a job it claims runs to the end before stop() resolves", async () => {
    let entered!: () => void;
    const inClaim = new Promise<void>((r) => (entered = r));
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    // The first claim's query waits for the gate, so stop() is called while a poll is about to claim the job.
    const gated = withJobMethod(s.db, "findFirst", (real) => async (...args) => {
      entered();
      await gate;
      return real(...args);
    });
    const q = createInProcessQueue(gated, { policies: queuePolicies({ retryLimit: 0 }), pollMs: 20, log: () => {} });
    queues.push(q);
    const id = (await q.send("send-mail", { to: "x@example.test", subject: "s", text: "t" }))!;
    const ran: string[] = [];
    void q.work({ "send-mail": async () => void ran.push("ran") });
    await inClaim;
    let stopped = false;
    const stopping = q.stop().then(() => (stopped = true));
    await new Promise((r) => setImmediate(r));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(ran).toEqual(["ran"]);
    expect((await s.db.job.findUniqueOrThrow({ where: { id } })).state).toBe("completed");
  });

  it("logs an outcome it cannot record (the database gone) instead of an unhandled rejection", async () => {
    const logged: string[] = [];
    const broken = withJobMethod(s.db, "findUnique", () => () => Promise.reject(new Error("database gone")));
    const q = createInProcessQueue(broken, {
      policies: queuePolicies({ retryLimit: 0 }),
      pollMs: 20,
      log: (l) => logged.push(l),
    });
    queues.push(q);
    await q.send("send-mail", { to: "x@example.test", subject: "s", text: "t" });
    await q.work({
      "send-mail": async () => {
        throw new Error("smtp down");
      },
    });
    await q.stop(); // waits for the job, whose failure could not be recorded
    expect(logged).toEqual([expect.stringMatching(/^\[jobs\] send-mail \S+: outcome not recorded: database gone$/)]);
  });
});

/** The database with one method of its Job delegate replaced (the real one is passed to `make`). */
function withJobMethod(
  db: ScratchDb["db"],
  method: "findFirst" | "findUnique",
  make: (real: (...args: unknown[]) => Promise<unknown>) => (...args: unknown[]) => Promise<unknown>,
): ScratchDb["db"] {
  const job = db.job as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  const replaced = make(job[method]!.bind(job));
  const jobProxy = new Proxy(job, {
    get: (target, key) => {
      if (key === method) return replaced;
      const v = Reflect.get(target, key);
      return typeof v === "function" ? v.bind(target) : v;
    },
  });
  return new Proxy(db, {
    get: (target, key) => {
      if (key === "job") return jobProxy;
      const v = Reflect.get(target, key);
      return typeof v === "function" ? v.bind(target) : v;
    },
  });
}
