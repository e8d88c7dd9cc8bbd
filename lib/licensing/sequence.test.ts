// Gap-free numbers on a scratch database (SQLite, or PostgreSQL with TEST_DATABASE_URL).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { invoiceLabel, licenceNumber, nextSequence, quoteNumber } from "./sequence";

let s: ScratchDb;
beforeAll(async () => {
  s = await createScratchDb();
});
afterAll(() => s?.cleanup());

const next = (name: string) => s.db.$transaction((tx) => nextSequence(tx, name));

describe("nextSequence", () => {
  it("counts from 1 per name", async () => {
    expect([await next("a"), await next("a"), await next("b"), await next("a")]).toEqual([1, 2, 1, 3]);
  });

  it("gives a rolled-back number back", async () => {
    await expect(
      s.db.$transaction(async (tx) => {
        expect(await nextSequence(tx, "c")).toBe(1);
        throw new Error("the order failed");
      }),
    ).rejects.toThrow("the order failed");
    expect(await next("c")).toBe(1);
  });

  it("hands out each number once to concurrent callers", async () => {
    await next("d");
    const got = await Promise.all(Array.from({ length: 10 }, () => next("d")));
    expect(got.sort((x, y) => x - y)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });
});

describe("number formats", () => {
  it("pad quote, licence and invoice numbers", () => {
    expect([quoteNumber(2026, 7), licenceNumber(42), invoiceLabel(1234567)]).toEqual([
      "Q-2026-0007",
      "L-000042",
      "INV-1234567",
    ]);
  });
});
