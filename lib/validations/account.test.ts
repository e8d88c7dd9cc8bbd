import { describe, expect, it } from "vitest";
import { profileSchema } from "./account";

describe("profileSchema", () => {
  it("cleans and trims the name; an empty name is allowed (it clears it)", () => {
    expect(profileSchema.parse({ name: "  Ada\u202E\nLovelace " }).name).toBe("Ada Lovelace");
    expect(profileSchema.parse({ name: "" }).name).toBe("");
  });

  it("refuses a name over 120 characters, after cleaning", () => {
    const r = profileSchema.safeParse({ name: "x".repeat(121) });
    expect(r.error?.issues[0]?.message).toBe("Your name must be at most 120 characters");
    expect(profileSchema.safeParse({ name: "x".repeat(120) + "\u200B".repeat(10) }).success).toBe(true);
  });
});
