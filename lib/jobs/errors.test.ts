// What a failed job attempt keeps, and reading the message back from either driver's stored output.
import { describe, expect, it } from "vitest";
import { errorOutput, messageOf } from "./errors";

describe("errorOutput", () => {
  it("keeps an Error's message and stack", () => {
    const e = new Error("mail server down");
    expect(errorOutput(e)).toEqual({ message: "mail server down", stack: e.stack });
  });

  it("falls back to the error's name when the message is empty, and stringifies non-errors", () => {
    expect(errorOutput(new TypeError("")).message).toBe("TypeError");
    expect(errorOutput("plain string")).toEqual({ message: "plain string" });
    expect(errorOutput(42)).toEqual({ message: "42" });
    expect(errorOutput(undefined)).toEqual({ message: "undefined" });
  });

  it("round-trips through JSON and messageOf", () => {
    expect(messageOf(JSON.stringify(errorOutput(new Error("boom"))))).toBe("boom");
  });
});

describe("messageOf", () => {
  it("reads { message } as an object or a JSON string", () => {
    expect(messageOf({ message: "a" })).toBe("a");
    expect(messageOf('{"message":"b"}')).toBe("b");
  });

  it("reads pg-boss's nested { value: { message } }", () => {
    expect(messageOf({ value: { message: "job timed out" } })).toBe("job timed out");
    expect(messageOf('{"value":{"message":"c"}}')).toBe("c");
  });

  it("is null for nothing, non-JSON text, a non-string message and unrelated shapes", () => {
    for (const v of [null, undefined, "not json", "", '"just a string"', "42", { message: 3 }, { value: null }, {}, []])
      expect(messageOf(v), JSON.stringify(v)).toBeNull();
  });
});
