// Synchronous SQL on the e2e app's database, SQLite (better-sqlite3) or PostgreSQL (the topology's, E2E_TOPOLOGY=1),
// behind better-sqlite3's prepare().run/get/all, so seeding helpers stay plain synchronous calls. Playwright's loader
// cannot load the generated Prisma client (it relies on import.meta). Specs write SQLite-flavoured SQL with `?`
// placeholders, unquoted camelCase columns and TRUE/FALSE; for PostgreSQL that is rewritten (placeholders numbered,
// camelCase identifiers quoted) and run by a worker thread the calling thread waits for (Atomics.wait).
import path from "node:path";
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import Database from "better-sqlite3";

export interface SqlStatement {
  run(...params: unknown[]): unknown;
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
}
export interface SqlDb {
  prepare(sql: string): SqlStatement;
}

/** `?` -> `$n` and bare camelCase identifiers -> quoted, outside string literals and quoted identifiers. */
export function toPostgresSql(sql: string): string {
  let n = 0;
  return sql
    .split(/('(?:[^']|'')*'|"[^"]*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/\?/g, () => `$${++n}`)
            .replace(/(?<![\w"$])([a-z][a-z0-9]*[A-Z][A-Za-z0-9]*|range)(?![\w"])/g, '"$1"'),
    )
    .join("");
}

class PostgresSyncDb implements SqlDb {
  private readonly port: MessagePort;
  private readonly flag = new Int32Array(new SharedArrayBuffer(4));

  constructor(url: string) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    const worker = new Worker(path.join(__dirname, "pg-sync-worker.mjs"), {
      workerData: { url, port: port2, shared: this.flag.buffer },
      transferList: [port2],
    });
    worker.unref();
  }

  private query(sql: string, params: unknown[]): { rows: Record<string, unknown>[]; changes: number } {
    Atomics.store(this.flag, 0, 0);
    this.port.postMessage({
      sql: toPostgresSql(sql),
      params: params.map((p) => (typeof p === "boolean" ? Number(p) : p)),
    });
    if (Atomics.wait(this.flag, 0, 0, 30_000) === "timed-out")
      throw new Error(`PostgreSQL did not answer within 30 s: ${sql}`);
    const reply = receiveMessageOnPort(this.port)?.message as
      { rows: Record<string, unknown>[]; changes: number; error?: string } | undefined;
    if (!reply) throw new Error(`no answer from the PostgreSQL worker: ${sql}`);
    if (reply.error) throw new Error(reply.error);
    return reply;
  }

  prepare(sql: string): SqlStatement {
    return {
      run: (...p) => ({ changes: this.query(sql, p).changes }),
      get: (...p) => this.query(sql, p).rows[0],
      all: (...p) => this.query(sql, p).rows,
    };
  }
}

export function openE2eDb(databaseUrl: string): SqlDb {
  if (/^postgres(ql)?:/.test(databaseUrl)) return new PostgresSyncDb(databaseUrl);
  const db = new Database(databaseUrl.replace(/^file:/, ""));
  db.pragma("busy_timeout = 5000");
  return db;
}
