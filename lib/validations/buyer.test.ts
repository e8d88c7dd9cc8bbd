import { describe, expect, it } from "vitest";
import { BUYER_REPLY_MAX, buyerReplySchema } from "./buyer";
import { fieldErrorsOf } from "./form";

describe("buyerReplySchema", () => {
  it("accepts a reference of the ENQ-year-number form and a trimmed body", () => {
    expect(buyerReplySchema.parse({ reference: " ENQ-2026-00042 ", body: " Thanks " })).toEqual({
      reference: "ENQ-2026-00042",
      body: "Thanks",
    });
    expect(buyerReplySchema.safeParse({ reference: "ENQ-2026-1234567", body: "x" }).success).toBe(true);
  });

  it("refuses anything else as an unknown reference, and an empty or over-long body", () => {
    for (const reference of [
      "ENQ-26-00042",
      "ENQ-2026-0042",
      "enq-2026-00042",
      "ENQ-2026-00042x",
      "x ENQ-2026-00042",
    ]) {
      expect(fieldErrorsOf(buyerReplySchema.safeParse({ reference, body: "x" }).error!)).toEqual({
        reference: ["Unknown enquiry reference"],
      });
    }
    expect(fieldErrorsOf(buyerReplySchema.safeParse({ reference: "ENQ-2026-00042", body: " " }).error!)).toEqual({
      body: ["Enter your reply"],
    });
    const long = buyerReplySchema.safeParse({ reference: "ENQ-2026-00042", body: "x".repeat(BUYER_REPLY_MAX + 1) });
    expect(long.error?.issues[0]?.message).toBe(`Reply must be at most ${BUYER_REPLY_MAX} characters`);
  });
});
