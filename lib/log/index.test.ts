// The server log writes one line per call, whatever the parts hold: visitor text, objects, errors with causes.
import { afterEach, describe, expect, it, vi } from "vitest";
import { log } from "./index";

afterEach(() => vi.restoreAllMocks());

function capture(method: "log" | "warn" | "error") {
  const lines: string[] = [];
  vi.spyOn(console, method).mockImplementation((line: unknown) => void lines.push(String(line)));
  return lines;
}

describe("log", () => {
  it("joins the parts with spaces on one line per call, to the matching console method", () => {
    const info = capture("log");
    const warn = capture("warn");
    log.info("import", "done:", 3, { rows: 2 }, null);
    log.warn("slow");
    expect(info).toEqual(['import done: 3 {"rows":2} null']);
    expect(warn).toEqual(["slow"]);
  });

  it("escapes line breaks and bidi controls a visitor typed, so they cannot forge a log line", () => {
    const lines = capture("log");
    log.info("enquiry from", "Eve\n2026-01-01 admin signed in\u202E");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe("enquiry from Eve\\n2026-01-01 admin signed in\\u202e");
  });

  it("writes an error's stack on one line, followed by its cause", () => {
    const lines = capture("error");
    log.error(new Error("outer", { cause: new Error("inner\nsecond line") }));
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain("\n");
    expect(lines[0]).toMatch(/^Error: outer\\n {4}at /);
    expect(lines[0]).toContain("[cause: Error: inner\\nsecond line");
  });

  it("caps long parts and survives values JSON cannot write", () => {
    const lines = capture("log");
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    log.info("x".repeat(3000), cyclic, 10n);
    expect(lines).toEqual(["x".repeat(2000) + "... [object Object] 10"]);
  });
});
