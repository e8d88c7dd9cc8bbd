// The licensed delivery routes in their own process for the real-client tests (aria2c, curl), so the test can SIGKILL
// the server mid-file and start it again on the same port. Database DELIVERY_DB_URL, archives in DELIVERY_ARCHIVES,
// real clock, wide caps. Prints {"port":N} when listening.
import { createPrismaClient } from "../../db/create-client";
import { PassThrough } from "node:stream";
import { createLocalStorage, type Storage } from "../../storage";
import { createDeliveryLimits } from "../limits";
import { deliveryServer } from "./licensed-routes";

const need = (name: string) => {
  const v = process.env[name];
  if (!v) throw new Error(`licensed-server: ${name} is required`);
  return v;
};
const db = createPrismaClient(need("DELIVERY_DB_URL"));
const now = () => new Date();
const limits = createDeliveryLimits({
  perLicenceConcurrent: 64,
  perTokenConcurrent: 32,
  perLicencePerMinute: 100_000,
  perTokenPerMinute: 100_000,
});
const archives = createLocalStorage(need("DELIVERY_ARCHIVES"));
// DELIVERY_STALL_AFTER_BYTES=N: whole-file reads send their first N bytes and then nothing more, so a test can kill
// the server mid-file at a known point, however fast or slow the machine is (no race against a rate-limited client).
const stallAfter = Number(process.env.DELIVERY_STALL_AFTER_BYTES ?? 0);
const storage: Storage = stallAfter
  ? {
      ...archives,
      read: async (key, range) => {
        const source = await archives.read(key, range);
        if (range) return source;
        let sent = 0;
        const stalled = new PassThrough();
        source.on("data", (chunk: Buffer) => {
          const room = stallAfter - sent;
          if (room > 0) stalled.write(chunk.subarray(0, room));
          sent += chunk.length;
          if (sent >= stallAfter) source.destroy();
        });
        // Files shorter than the stall point are sent whole.
        source.on("end", () => stalled.end());
        source.on("error", (e) => stalled.destroy(e));
        return stalled;
      },
    }
  : archives;
void deliveryServer(
  {
    licensed: { db, storage, limits, now, presignSeconds: 120 },
    manifest: { db, now, tokenTtlDays: 1 },
  },
  Number(process.env.DOWNLOAD_PORT ?? 0),
).then(({ server, base }) => {
  process.stdout.write(`${JSON.stringify({ port: Number(new URL(base).port) })}\n`);
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => server.close(() => process.exit(0)));
});
