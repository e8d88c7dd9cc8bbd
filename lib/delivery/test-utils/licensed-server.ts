// The licensed delivery routes in their own process for the real-client tests (aria2c, curl), so the test can SIGKILL
// the server mid-file and start it again on the same port. Database DELIVERY_DB_URL, archives in DELIVERY_ARCHIVES,
// real clock, wide caps. Prints {"port":N} when listening.
import { createPrismaClient } from "../../db/create-client";
import { createLocalStorage } from "../../storage";
import { createDeliveryLimits } from "../limits";
import { deliveryServer } from "./licensed-routes";
import { stallingStorage } from "./stalling-storage";

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
// DELIVERY_STALL_AFTER_BYTES=N: whole-file reads stop after N bytes (stalling-storage.ts), for the kill-mid-file test.
const storage = stallingStorage(
  createLocalStorage(need("DELIVERY_ARCHIVES")),
  Number(process.env.DELIVERY_STALL_AFTER_BYTES ?? 0),
);
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
