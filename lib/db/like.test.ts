// Desk searches match % _ and \ literally, on SQLite and (with TEST_DATABASE_URL) PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { listUsers } from "../users/list";
import { userFiltersSchema } from "../users/filters";
import { listAuditEvents } from "../audit/list";
import { auditFiltersSchema } from "../audit/filters";
import { listMail } from "../email/mailbox";

let s: ScratchDb;
const tag = `like${Date.now()}`;
const emails = [`${tag}a_b@x.org`, `${tag}axb@x.org`, `${tag}c%d@x.org`, `${tag}cxxd@x.org`, `${tag}e\\f@x.org`];

beforeAll(async () => {
  s = await createScratchDb();
  for (const email of emails) {
    const u = await s.db.user.create({ data: { email } });
    await s.db.auditEvent.create({ data: { actorId: u.id, actorEmail: email, action: "test.like" } });
    await s.db.mailMessage.create({ data: { to: email, from: "f@x.org", subject: "s", text: "t" } });
  }
});
afterAll(() => s?.cleanup());

const users = async (q: string) => (await listUsers(s.db, userFiltersSchema.parse({ q }))).items.map((u) => u.email);
const actors = async (actor: string) =>
  (await listAuditEvents(s.db, auditFiltersSchema.parse({ actor }))).items.map((e) => e.actorEmail);
const mail = async (to: string) => (await listMail(s.db, to)).map((m) => m.to);

describe("literal searches", () => {
  it.each([
    ["_", `${tag}a_b@x.org`],
    ["a_b", `${tag}a_b@x.org`],
    ["%", `${tag}c%d@x.org`],
    ["c%d", `${tag}c%d@x.org`],
    ["\\", `${tag}e\\f@x.org`],
  ])("%s finds only what holds it", async (q, expected) => {
    expect((await users(q)).filter((e) => e.startsWith(tag))).toEqual([expected]);
    expect((await actors(q)).filter((e) => e?.startsWith(tag))).toEqual([expected]);
    expect((await mail(q)).filter((e) => e.startsWith(tag))).toEqual([expected]);
  });

  it("still finds ordinary text", async () => {
    expect(await users(`${tag}ax`)).toEqual([`${tag}axb@x.org`]);
  });
});
