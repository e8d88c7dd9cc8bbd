import { describe, expect, it } from "vitest";
import { historyScopeOf } from "./history-filters";

describe("historyScopeOf", () => {
  it("keeps ids and drops anything else", () => {
    expect(historyScopeOf({ organization: "org_1", licence: "lic-2" })).toEqual({
      organizationId: "org_1",
      licenceId: "lic-2",
    });
    expect(historyScopeOf({ organization: "' OR 1=1", licence: "x".repeat(65) })).toEqual({
      organizationId: undefined,
      licenceId: undefined,
    });
    expect(historyScopeOf({ organization: null })).toEqual({ organizationId: undefined, licenceId: undefined });
  });
});
