import { describe, expect, it } from "vitest";
import { safeCallbackUrl, signInSchema } from "./auth";

describe("sign-in input", () => {
  it("keeps same-site callback paths only", () => {
    expect(safeCallbackUrl("/desk?status=NEW")).toBe("/desk?status=NEW");
    for (const bad of [
      "https://evil.example/",
      "//evil.example",
      "/\\evil.example",
      "javascript:alert(1)",
      "/api/auth/signout",
      "/sign-in",
      undefined,
      42,
    ]) {
      expect(safeCallbackUrl(bad)).toBe("/signed-in");
    }
  });

  it("normalises the address", () => {
    expect(signInSchema.parse({ email: " Sales@Localhost ", callbackUrl: "//x" })).toEqual({
      email: "sales@localhost",
      callbackUrl: "/signed-in",
    });
    expect(signInSchema.safeParse({ email: "nope" }).success).toBe(false);
  });
});
