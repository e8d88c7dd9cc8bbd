// What both drivers promise, run against each (in-process on SQLite, pg-boss on PostgreSQL). No durations asserted:
// each step polls for a state with a generous timeout.
import { expect, it } from "vitest";
import type { JobQueue } from "../types";

export async function eventually<T>(
  read: () => Promise<T>,
  ok: (v: T) => boolean,
  what: string,
  timeoutMs = 60_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function queueContract(open: () => Promise<JobQueue>) {
  it("runs a sent job once with its data and records it completed", async () => {
    const q = await open();
    const seen: unknown[] = [];
    await q.work({ "send-mail": async (data) => void seen.push(data) });
    const id = await q.send("send-mail", { to: "a@example.test", subject: "Hello", text: "x" });
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const rows = await eventually(
      () => q.list({ state: "completed" }),
      (r) => r.some((j) => j.id === id),
      "the job to complete",
    );
    expect(seen).toEqual([{ to: "a@example.test", subject: "Hello", text: "x" }]);
    expect(rows.find((j) => j.id === id)).toMatchObject({
      name: "send-mail",
      summary: "to a@example.test: Hello",
      error: null,
    });
  });

  it("queues a keyed job once however often it is sent", async () => {
    const q = await open();
    const first = await q.send("expire-licences", {}, { key: "slot-1" });
    const second = await q.send("expire-licences", {}, { key: "slot-1" });
    expect(first).not.toBeNull();
    expect(second).toBeNull();
    expect((await q.list({})).filter((j) => j.id === first)).toHaveLength(1);
  });

  it("retries a failing job, marks it failed with its error after the last attempt, and runs it again on retry()", async () => {
    const q = await open();
    let attempts = 0;
    let healthy = false;
    await q.work({
      "build-archives": async () => {
        attempts++;
        if (!healthy) throw new Error(`connect ECONNREFUSED 127.0.0.1:1 (attempt ${attempts})`);
        return { ok: true };
      },
    });
    const id = (await q.send("build-archives", { datasetSlug: "x" }))!;
    const failed = await eventually(
      () => q.list({ state: "failed" }),
      (r) => r.some((j) => j.id === id),
      "the job to fail",
    );
    // retryLimit 1 in these tests: the first attempt and one retry.
    expect(attempts).toBe(2);
    expect(failed.find((j) => j.id === id)).toMatchObject({
      retryCount: 1,
      error: "connect ECONNREFUSED 127.0.0.1:1 (attempt 2)",
      summary: "dataset x",
    });
    expect((await q.list({ retried: true })).map((j) => j.id)).toContain(id);
    const counts = await q.counts();
    expect(counts.failed).toBe(1);
    expect(counts.retried).toBe(1);

    healthy = true;
    expect(await q.retry(id)).toBe(true);
    expect(await q.retry(id)).toBe(false); // no longer failed
    await eventually(
      () => q.list({ state: "completed" }),
      (r) => r.some((j) => j.id === id),
      "the retried job to complete",
    );
    expect(attempts).toBe(3);
  });
}
