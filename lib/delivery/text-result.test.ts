// The plain-text answer shape every delivery route uses for refusals and errors.
import { text } from "node:stream/consumers";
import { describe, expect, it } from "vitest";
import { textResult } from "./text-result";

describe("textResult", () => {
  it("ends the body with one newline and counts its bytes (not characters) in Content-Length", async () => {
    const r = textResult(403, "Zugriff verweigert: Lizenz abgelaufen – 腰椎");
    const body = await text(r.body!);
    expect(body).toBe("Zugriff verweigert: Lizenz abgelaufen – 腰椎\n");
    expect(r.headers["content-length"]).toBe(String(Buffer.byteLength(body)));
    expect(Number(r.headers["content-length"])).toBeGreaterThan(body.length);
  });

  it("does not add a second newline", async () => {
    const r = textResult(404, "not found\n");
    expect(await text(r.body!)).toBe("not found\n");
    expect(r.headers["content-length"]).toBe("10");
  });

  it("is plain text, never cached, with the status given; extra headers are added and may override", () => {
    const r = textResult(429, "slow down", { "retry-after": "30", "cache-control": "private" });
    expect(r.status).toBe(429);
    expect(r.headers).toEqual({
      "content-type": "text/plain; charset=utf-8",
      "cache-control": "private",
      "content-length": "10",
      "retry-after": "30",
    });
    expect(textResult(500, "x").headers["cache-control"]).toBe("no-store");
  });
});
