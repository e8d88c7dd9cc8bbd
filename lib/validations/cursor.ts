// Keyset pagination cursors: the sort value and id of the row a page starts after, as opaque base64url JSON. Pages
// stay fast at any depth because the query seeks by index instead of skipping rows.
import { z } from "zod";

const cursorSchema = z.object({ v: z.union([z.string().max(300), z.number()]), id: z.string().min(1).max(64) });
export type Cursor = z.infer<typeof cursorSchema>;

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString("base64url");
}

/** Undefined for anything that is not a cursor we made: a tampered cursor just restarts at the first page. */
export function decodeCursor(raw: unknown): Cursor | undefined {
  if (typeof raw !== "string" || raw.length > 600) return undefined;
  try {
    const r = cursorSchema.safeParse(JSON.parse(Buffer.from(raw, "base64url").toString("utf8")));
    return r.success ? r.data : undefined;
  } catch {
    return undefined;
  }
}
