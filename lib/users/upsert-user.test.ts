import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { seedDemoUsers } from "../../prisma/seed-users";
import { upsertUser } from "./upsert-user";
import { setDisabled } from "./manage";

let s: ScratchDb;
beforeAll(async () => (s = await createScratchDb()));
afterAll(() => s?.cleanup());

describe("creating and promoting users", () => {
  it("creates, then promotes and links an organisation, keeping one row per address", async () => {
    const a = await upsertUser(s.db, { email: " Pat@Example.org ", role: "CUSTOMER" });
    expect(a).toMatchObject({ created: true, previousRole: null });
    expect(a.user.email).toBe("pat@example.org");
    const b = await upsertUser(s.db, { email: "pat@example.org", role: "SALES", organization: { name: "Acme" } });
    expect(b).toMatchObject({ created: false, previousRole: "CUSTOMER" });
    expect(b.user.organization?.name).toBe("Acme");
    expect(await s.db.user.count({ where: { email: "pat@example.org" } })).toBe(1);
  });

  it("seeds the demo users idempotently and re-enables them", async () => {
    await seedDemoUsers(s.db);
    const sales = await s.db.user.findUniqueOrThrow({ where: { email: "sales@localhost" } });
    await setDisabled(s.db, sales.id, true);
    await seedDemoUsers(s.db);
    const users = await s.db.user.findMany({
      where: { email: { in: ["admin@localhost", "sales@localhost"] } },
      orderBy: { email: "asc" },
    });
    expect(users.map((u) => [u.email, u.role, u.disabled])).toEqual([
      ["admin@localhost", "ADMIN", false],
      ["sales@localhost", "SALES", false],
    ]);
  });

  it("disabling deletes the user's sessions", async () => {
    const { user } = await upsertUser(s.db, { email: "gone@example.org", role: "SALES" });
    await s.db.session.create({ data: { sessionToken: "t1", userId: user.id, expires: new Date(Date.now() + 1e6) } });
    await setDisabled(s.db, user.id, true);
    expect(await s.db.session.count({ where: { userId: user.id } })).toBe(0);
  });
});
