// The PostgreSQL side of e2e/support/e2e-sql.ts: runs one query at a time for the spec's thread, which blocks on
// `shared` until the answer is posted. Rows come back shaped as better-sqlite3 gives them on SQLite (integers as
// numbers, booleans as 1/0, timestamps as ISO text), so specs compare the same values on both databases.
import { workerData } from "node:worker_threads";
import pg from "pg";

const { url, port, shared } = workerData;
const flag = new Int32Array(shared);
pg.types.setTypeParser(20, Number); // int8: count(*) and BigInt columns
pg.types.setTypeParser(16, (v) => (v === "t" ? 1 : 0)); // bool
pg.types.setTypeParser(1114, (v) => new Date(`${v.replace(" ", "T")}Z`).toISOString().replace("Z", "+00:00")); // timestamp(3)

const client = new pg.Client({ connectionString: url });
const ready = client.connect();

port.on("message", async ({ sql, params }) => {
  let reply;
  try {
    await ready;
    const r = await client.query(sql, params);
    reply = { rows: r.rows, changes: r.rowCount ?? 0 };
  } catch (e) {
    reply = { error: `${e.message}\n  in: ${sql}` };
  }
  port.postMessage(reply);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});
