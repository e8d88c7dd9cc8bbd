// pg-boss job ids are UUIDs. A caller's idempotency key ("licence-expired:<id>") becomes a name-based UUID (RFC 9562
// version 5 layout over SHA-1), so sending the same key twice inserts one job on either driver.
import { createHash, randomUUID } from "node:crypto";

export function jobIdFor(key?: string): string {
  if (key === undefined) return randomUUID();
  const b = createHash("sha1").update(`storefront-job:${key}`).digest().subarray(0, 16);
  b[6] = (b[6]! & 0x0f) | 0x50;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
