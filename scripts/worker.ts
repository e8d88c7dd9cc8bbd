// `npm run worker`: works the job queues (mail, imports, archives, catalogue refreshes, licence expiry) until SIGTERM
// or SIGINT, then finishes its current jobs. Run any number, on any machines sharing DATABASE_URL: with PostgreSQL
// they share pg-boss's queue; on SQLite a worker shares the Job table with the server's in-process queue.
import { loadDotEnv, parseCli } from "./cli/args";

const USAGE = `usage: npm run worker

Works the background job queues until SIGTERM or SIGINT, then finishes its current jobs. Configured by the app's
environment (DATABASE_URL, JOBS_DRIVER, WORKER_IMPORT_THREADS, ...; see the README's Configuration).`;

async function main(): Promise<void> {
  // Takes no arguments: anything else (a typo, --help) prints the usage instead of starting a worker.
  parseCli("worker", USAGE, {});
  loadDotEnv();
  const { env } = await import("../lib/env");
  const { createPrismaClient } = await import("../lib/db/create-client");
  const { createConfiguredQueue } = await import("../lib/jobs/configured");
  const { startWorker } = await import("../lib/jobs/start-worker");
  const { configuredImportHandler } = await import("../lib/jobs/import-handler");
  const log = (line: string) => console.error(`${new Date().toISOString()} ${line}`);
  const db = createPrismaClient(env.DATABASE_URL);
  const queue = createConfiguredQueue(db, env, log);
  // One reading thread per import by default: a worker shares its machine with others.
  const threads = Number(process.env.WORKER_IMPORT_THREADS ?? 1);
  const worker = await startWorker(queue, db, env, { log, extra: configuredImportHandler(db, env, threads) });
  log(`[worker] ${process.pid} working (${queue.driver})`);
  // The in-process driver's poll timer does not hold the process open (it must not keep a CLI alive): this does.
  const keepAlive = setInterval(() => undefined, 1 << 30);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    clearInterval(keepAlive);
    log(`[worker] ${signal}: finishing current jobs`);
    void worker
      .stop()
      .then(() => db.$disconnect())
      .then(
        () => process.exit(0),
        (e: unknown) => {
          log(`[worker] stop failed: ${String(e)}`);
          process.exit(1);
        },
      );
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
