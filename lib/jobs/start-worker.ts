// Works every queue in this process and queues the periodic jobs. The keyed send makes a schedule of any number of
// workers queue one expiry check per period between them.
import type { Db } from "../db/create-client";
import type { Env } from "../env";
import { configuredHandlers } from "./configured-handlers";
import { QUEUES } from "./queues";
import type { JobHandlers, JobQueue } from "./types";

/** Licence expiry checks: every 15 minutes (the mail goes out within that of expiresAt). */
export const EXPIRY_PERIOD_MS = 15 * 60_000;

export async function startWorker(
  queue: JobQueue,
  db: Db,
  e: Env,
  opts: { now?: () => Date; log?: (line: string) => void; extra?: JobHandlers } = {},
): Promise<{ stop(): Promise<void> }> {
  const now = opts.now ?? (() => new Date());
  const log = opts.log ?? ((l: string) => console.warn(l));
  await queue.work({ ...configuredHandlers(db, e, queue, { now }), ...opts.extra });
  const schedule = async () => {
    const slot = Math.floor(now().getTime() / EXPIRY_PERIOD_MS);
    await queue.send(QUEUES.expireLicences, {}, { key: `expire-licences:${slot}` });
  };
  const timer = setInterval(
    () => void schedule().catch((err: unknown) => log(`[jobs] scheduling failed: ${String(err)}`)),
    60_000,
  );
  timer.unref();
  await schedule().catch((err: unknown) => log(`[jobs] scheduling failed: ${String(err)}`));
  return {
    async stop() {
      clearInterval(timer);
      await queue.stop();
    },
  };
}
