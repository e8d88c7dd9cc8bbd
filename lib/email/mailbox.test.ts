// The dev mailbox list on a scratch database: newest first, filtered by recipient literally (% and _ are not
// wildcards) and without regard to ASCII case.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { listMail } from "./mailbox";

let s: ScratchDb;
beforeAll(async () => {
  s = await createScratchDb();
  const base = new Date("2026-01-01T00:00:00Z").getTime();
  const rows = ["ada@example.org", "a_b@example.org", "axb@example.org", "100%@example.org", "Bob@Example.org"];
  for (const [i, to] of rows.entries()) {
    await s.db.mailMessage.create({
      data: { to, from: "d@x", subject: `m${i}`, text: "t", createdAt: new Date(base + i * 1000) },
    });
  }
});
afterAll(() => s?.cleanup());

const subjects = (rows: { subject: string }[]) => rows.map((r) => r.subject);

describe("listMail", () => {
  it("lists every message, newest first", async () => {
    expect(subjects(await listMail(s.db))).toEqual(["m4", "m3", "m2", "m1", "m0"]);
  });

  it("filters by a piece of the recipient, ignoring ASCII case", async () => {
    expect(subjects(await listMail(s.db, "ada@"))).toEqual(["m0"]);
    expect(subjects(await listMail(s.db, "bob@example"))).toEqual(["m4"]);
  });

  it("treats _ and % as the characters they are, not as wildcards", async () => {
    expect(subjects(await listMail(s.db, "a_b"))).toEqual(["m1"]);
    expect(subjects(await listMail(s.db, "100%"))).toEqual(["m3"]);
    expect(subjects(await listMail(s.db, "%"))).toEqual(["m3"]);
  });

  it("keeps the last 100", async () => {
    await s.db.mailMessage.createMany({
      data: Array.from({ length: 101 }, (_, i) => ({
        to: "bulk@example.org",
        from: "d@x",
        subject: `b${i}`,
        text: "t",
        createdAt: new Date(Date.UTC(2027, 0, 1, 0, 0, i)),
      })),
    });
    const rows = await listMail(s.db, "bulk@");
    expect(rows).toHaveLength(100);
    expect(rows[0]?.subject).toBe("b100");
    expect(rows.at(-1)?.subject).toBe("b1");
  });
});
