// ok(): the success shape every server action hands to useActionState.
import { describe, expect, it } from "vitest";
import { ok, type ActionResult } from "./types";

describe("ok", () => {
  it("wraps the data unchanged (same reference) as a success, with no message unless one is given", () => {
    const data = { id: "o1", items: [1, 2] };
    const r: ActionResult<typeof data> = ok(data);
    expect(r.ok).toBe(true);
    if (!r.ok) throw new Error("unreachable");
    expect(r.data).toBe(data);
    expect(r.message).toBeUndefined();
  });

  it("carries the message beside the data, and keeps falsy data as data", () => {
    expect(ok(0, "Saved.")).toEqual({ ok: true, data: 0, message: "Saved." });
    expect(ok(undefined)).toEqual({ ok: true, data: undefined, message: undefined });
  });
});
