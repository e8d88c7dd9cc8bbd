import { describe, expect, it } from "vitest";
import { homeFor, LANDING_PATH } from "./landing";

describe("homeFor", () => {
  it("sends staff to the desk and customers to their account", () => {
    expect(homeFor("ADMIN")).toBe("/desk");
    expect(homeFor("SALES")).toBe("/desk");
    expect(homeFor("CUSTOMER")).toBe("/account");
  });

  it("has a landing path that is neither home, so it can route by role", () => {
    expect(LANDING_PATH).toBe("/signed-in");
  });
});
