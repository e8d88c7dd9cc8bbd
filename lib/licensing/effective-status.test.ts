import { describe, expect, it } from "vitest";
import { addMonths, effectiveStatus } from "./effective-status";

describe("effectiveStatus", () => {
  const expiresAt = new Date("2026-12-31T23:59:59Z");
  it("turns an active licence expired at its expiry instant, with no job to flip it", () => {
    expect(effectiveStatus({ status: "ACTIVE", expiresAt }, new Date(expiresAt.getTime() - 1))).toBe("ACTIVE");
    expect(effectiveStatus({ status: "ACTIVE", expiresAt }, expiresAt)).toBe("EXPIRED");
    expect(effectiveStatus({ status: "ACTIVE", expiresAt: null }, expiresAt)).toBe("ACTIVE");
  });
  it("keeps every other status as stored", () => {
    for (const status of ["PENDING", "REVOKED", "SUSPENDED"])
      expect(effectiveStatus({ status, expiresAt }, new Date("2030-01-01"))).toBe(status);
  });
});

describe("addMonths", () => {
  it("keeps the day of month, or takes the month's last day when it has fewer", () => {
    expect(addMonths(new Date("2026-01-15T10:00:00Z"), 12)).toEqual(new Date("2027-01-15T10:00:00Z"));
    expect(addMonths(new Date("2026-01-31T00:00:00Z"), 1)).toEqual(new Date("2026-02-28T00:00:00Z"));
    expect(addMonths(new Date("2028-01-31T00:00:00Z"), 1)).toEqual(new Date("2028-02-29T00:00:00Z"));
    expect(addMonths(new Date("2026-03-31T00:00:00Z"), -1)).toEqual(new Date("2026-02-28T00:00:00Z"));
    expect(addMonths(new Date("2026-08-31T00:00:00Z"), 13)).toEqual(new Date("2027-09-30T00:00:00Z"));
  });
  it("does not change the date it is given", () => {
    const d = new Date("2026-01-31T00:00:00Z");
    addMonths(d, 1);
    expect(d.toISOString()).toBe("2026-01-31T00:00:00.000Z");
  });
});
