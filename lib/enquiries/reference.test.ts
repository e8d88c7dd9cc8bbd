import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { enquiryRow } from "./test-utils/enquiry";
import { formatReference, isReferenceClash, nextReference, REFERENCE_PATTERN } from "./reference";

let s: ScratchDb;
beforeAll(async () => {
  s = await createScratchDb();
});
afterAll(() => s?.cleanup());

const enquiry = (reference: string) => s.db.enquiry.create({ data: enquiryRow({}, { reference }) });

describe("enquiry references", () => {
  it("are the year and a five-digit number", () => {
    expect(formatReference(2026, 42)).toBe("ENQ-2026-00042");
    expect(REFERENCE_PATTERN.test(formatReference(2026, 123456))).toBe(true);
    expect(REFERENCE_PATTERN.test("ENQ-26-00042")).toBe(false);
  });

  it("count on from the highest of the enquiry's year, and start again at 1 in a new year (UTC)", async () => {
    const march = new Date("2031-03-01T00:00:00Z");
    expect(await nextReference(s.db, march)).toBe("ENQ-2031-00001");
    await enquiry("ENQ-2031-00001");
    await enquiry("ENQ-2031-00007"); // a gap (a deleted enquiry) is not reused
    expect(await nextReference(s.db, march)).toBe("ENQ-2031-00008");
    // 23:30 on New Year's Eve in New York is already the next year in UTC.
    expect(await nextReference(s.db, new Date("2032-01-01T04:30:00Z"))).toBe("ENQ-2032-00001");
  });

  it("recognise the unique-index clash that makes createEnquiry take the next number", () => {
    expect(isReferenceClash({ code: "P2002" })).toBe(true);
    expect(isReferenceClash(new Error("Unique constraint failed on the fields: (`reference`)"))).toBe(true);
    expect(isReferenceClash(new Error("connection reset"))).toBe(false);
    expect(isReferenceClash(undefined)).toBe(false);
  });
});
