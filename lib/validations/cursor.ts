// Keyset pagination cursors: the sort value and id of the row a page starts after, as opaque base64url JSON. Pages
// stay fast at any depth because the query seeks by index instead of skipping rows.
import { z } from "zod";
import type { KeysetPosition } from "../db/keyset";

const cursorSchema = z.object({ v: z.union([z.string().max(300), z.number()]), id: z.string().min(1).max(64) });
export type Cursor = z.infer<typeof cursorSchema>;

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString("base64url");
}

/** The largest time a JavaScript Date holds (ms either side of 1970): beyond it `new Date(v)` is Invalid Date. */
const MAX_TIME = 8.64e15;

/**
 * Undefined for anything that is not a cursor we made: a tampered cursor just restarts at the first page. `kind`
 * says what the sort value must be - a time (an integer a Date can hold) or a text - so a cursor made for one sort
 * or edited by hand never reaches the query as a value the database refuses.
 */
export function decodeCursor(raw: unknown, kind: "time" | "text"): Cursor | undefined {
  if (typeof raw !== "string" || raw.length > 600) return undefined;
  try {
    const r = cursorSchema.safeParse(JSON.parse(Buffer.from(raw, "base64url").toString("utf8")));
    if (!r.success) return undefined;
    const { v } = r.data;
    const fits =
      kind === "time"
        ? typeof v === "number" && Number.isSafeInteger(v) && Math.abs(v) <= MAX_TIME
        : typeof v === "string";
    return fits ? r.data : undefined;
  } catch {
    return undefined;
  }
}

/** A keyset position as a cursor: times as milliseconds. */
export function encodePosition(p: KeysetPosition): string {
  return encodeCursor({ v: p.value instanceof Date ? p.value.getTime() : p.value, id: p.id });
}

/** A cursor as a keyset position (times back to Dates), or undefined as decodeCursor says. */
export function decodePosition(raw: unknown, kind: "time" | "text"): KeysetPosition | undefined {
  const c = decodeCursor(raw, kind);
  return c && { value: kind === "time" ? new Date(c.v) : c.v, id: c.id };
}
