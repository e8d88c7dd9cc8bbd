import { afterEach, describe, expect, it, vi } from "vitest";
import { log } from "./index";
import { logSafe } from "./safe";

describe("logSafe", () => {
  it("escapes line breaks and other control characters", () => {
    expect(logSafe("Eve\n2026-01-01 [auth] admin signed in")).toBe("Eve\\n2026-01-01 [auth] admin signed in");
    expect(logSafe("a\r\tb\u0000c\u001bd\u007f")).toBe("a\\r\\tb\\u0000c\\u001bd\\u007f");
  });

  it("shows bidi and zero-width controls instead of letting them reorder or hide text", () => {
    expect(logSafe("evil\u202Egpj.exe")).toBe("evil\\u202egpj.exe");
    expect(logSafe("ad\u200Bmin\uFEFF")).toBe("ad\\u200bmin\\ufeff");
  });

  it("leaves ordinary text alone and bounds the length", () => {
    expect(logSafe("Zoë Ångström, 東京")).toBe("Zoë Ångström, 東京");
    expect(logSafe("x".repeat(20), 5)).toBe("xxxxx...");
  });
});

describe("log", () => {
  afterEach(() => vi.restoreAllMocks());

  it("writes one line per call, errors and their causes included", () => {
    const lines: string[] = [];
    vi.spyOn(console, "error").mockImplementation((l: string) => void lines.push(l));
    log.error("enquiry from", "Mallory\nFAKE LINE", new Error("boom\nmore", { cause: new Error("inner\ncause") }));
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(/[\n\r]/);
    expect(lines[0]).toContain("Mallory\\nFAKE LINE");
    expect(lines[0]).toContain("inner\\ncause");
  });
});
