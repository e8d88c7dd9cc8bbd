// The licensing dependencies' two helpers: mail sent after a change goes to every recipient even when one send fails
// (a failure is logged, never thrown), and an organisation's recipients are its enabled members, oldest first.
// Scratch database (SQLite, or PostgreSQL with TEST_DATABASE_URL).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { OutgoingMail } from "../email/types";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { fixedClock } from "../testing/deps";
import { organizationEmails, sendAll, type LicensingDeps } from "./deps";

let scratch: ScratchDb;
beforeAll(async () => {
  scratch = await createScratchDb();
});
afterAll(async () => {
  await scratch?.cleanup();
});

const mail = (to: string): OutgoingMail => ({ to, subject: "Licence L-000001: granted", text: "t", html: "<p>t</p>" });

describe("sendAll", () => {
  it("sends every mail in order, and a failing send is logged without stopping the rest or throwing", async () => {
    const delivered: string[] = [];
    const deps: LicensingDeps = {
      db: scratch.db,
      now: fixedClock("2026-03-01T10:00:00Z"),
      appUrl: "http://app.test",
      send: async (m) => {
        if (m.to === "down@b.test") throw new Error("mailbox unavailable");
        delivered.push(m.to);
      },
    };
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      await expect(sendAll(deps, [mail("a@a.test"), mail("down@b.test"), mail("c@c.test")])).resolves.toBeUndefined();
      expect(delivered).toEqual(["a@a.test", "c@c.test"]);
      expect(logged).toHaveBeenCalledTimes(1);
      expect(String(logged.mock.calls[0]![0])).toContain("down@b.test");
    } finally {
      logged.mockRestore();
    }
  });
});

describe("organizationEmails", () => {
  it("lists the organisation's enabled members, oldest first, and no one else", async () => {
    const db = scratch.db;
    const [org, other] = await Promise.all([
      db.organization.create({ data: { name: "Deps Org" } }),
      db.organization.create({ data: { name: "Deps Other" } }),
    ]);
    const at = (min: number) => new Date(Date.UTC(2026, 0, 1, 0, min));
    await db.user.createMany({
      data: [
        { email: "second@org.test", organizationId: org.id, createdAt: at(2) },
        { email: "first@org.test", organizationId: org.id, createdAt: at(1) },
        { email: "gone@org.test", organizationId: org.id, createdAt: at(0), disabled: true },
        { email: "third@org.test", organizationId: org.id, createdAt: at(3) },
        { email: "outsider@other.test", organizationId: other.id, createdAt: at(0) },
        { email: "nobody@none.test", createdAt: at(0) },
      ],
    });
    expect(await organizationEmails(db, org.id)).toEqual(["first@org.test", "second@org.test", "third@org.test"]);
    expect(await organizationEmails(db, other.id)).toEqual(["outsider@other.test"]);
    expect(await organizationEmails(db, "no-such-org")).toEqual([]);
  });

  it("stops at 50 recipients (the oldest 50)", async () => {
    const db = scratch.db;
    const org = await db.organization.create({ data: { name: "Big Org" } });
    await db.user.createMany({
      data: Array.from({ length: 55 }, (_, i) => ({
        email: `member-${String(i).padStart(2, "0")}@big.test`,
        organizationId: org.id,
        createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
      })),
    });
    const to = await organizationEmails(db, org.id);
    expect(to).toHaveLength(50);
    expect(to[0]).toBe("member-00@big.test");
    expect(to.at(-1)).toBe("member-49@big.test");
  });
});
