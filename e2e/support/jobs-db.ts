// Job rows in the e2e app's database (the in-process driver's Job table), written as the driver writes them. The SQL
// runs on SQLite and on the topology's PostgreSQL (e2e-sql.ts): booleans as TRUE/FALSE, no JSON functions.
import crypto from "node:crypto";
import { e2eDb, sqlDate } from "./auth-db";

function insertJob(name: string, data: object, state: string, opts: { retryLimit: number; output?: string }): string {
  const id = crypto.randomUUID();
  const now = sqlDate(new Date());
  e2eDb()
    .prepare(
      `INSERT INTO "Job" (id, name, data, state, retryCount, retryLimit, retryDelay, retryBackoff, expireInSeconds, startAfter, startedOn, completedOn, output, createdOn)
       VALUES (?, ?, ?, ?, 0, ?, 1, FALSE, 300, ?, ?, ?, ?, ?)`,
    )
    .run(
      id,
      name,
      JSON.stringify(data),
      state,
      opts.retryLimit,
      now,
      state === "failed" ? now : null,
      state === "failed" ? now : null,
      opts.output ?? null,
      now,
    );
  return id;
}

/** A failed archive job for a study that does not exist: retried, it completes (nothing to build). */
export const createFailedJob = () =>
  insertJob("build-archives", { studyInstanceUid: "9.9.9.9" }, "failed", {
    retryLimit: 0,
    output: JSON.stringify({ message: "e2e: failed on purpose" }),
  });

/** A mail job as sendMail() stores it; the server's queue sends it to the SMTP sink. */
export const queueMail = (to: string, subject: string) =>
  insertJob("send-mail", { to, from: "Lumbar Spine MRI <data@localhost>", subject, text: `Hello ${to}` }, "created", {
    retryLimit: 1,
  });

/** Mail jobs queued for `to`: sendMail() stores the job before the request answers, so 0 here means no mail was sent.
 * `data` is JSON text; SQLite's json_extract has no PostgreSQL twin, so the LIKE narrows and the parse decides. */
export const queuedMailCount = (to: string) =>
  (
    e2eDb().prepare(`SELECT data FROM "Job" WHERE name = 'send-mail' AND data LIKE ?`).all(`%${to}%`) as {
      data: string;
    }[]
  ).filter((j) => (JSON.parse(j.data) as { to?: unknown }).to === to).length;
