// The admin user list on a scratch database: filters, email order and keyset pages.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { userFiltersSchema } from "./filters";
import { listStaff, listUsers } from "./list";

let s: ScratchDb;
beforeAll(async () => {
  s = await createScratchDb();
  const org = await s.db.organization.create({ data: { name: "ACME Imaging" } });
  const people = [
    ["zed@example.org", "Zed", "CUSTOMER"],
    ["amy@example.org", "Amy Sales", "SALES"],
    ["bob@example.org", "Bob", "CUSTOMER"],
    ["cat@example.org", "Cat Admin", "ADMIN"],
    ["dan@example.org", "Dan", "SALES"],
    ["eve@example.org", "Eve", "CUSTOMER"],
  ] as const;
  for (const [email, name, role] of people)
    await s.db.user.create({
      data: { email, name, role, disabled: email === "dan@example.org", organizationId: org.id },
    });
});
afterAll(() => s?.cleanup());

const list = (q: Record<string, string>, limit?: number) => listUsers(s.db, userFiltersSchema.parse(q), limit);

describe("listUsers", () => {
  it("pages through every user by email, each once", async () => {
    const seen: string[] = [];
    let page = await list({}, 4);
    expect(page.items[0]?.organization?.name).toBe("ACME Imaging");
    for (;;) {
      seen.push(...page.items.map((u) => u.email));
      if (!page.next) break;
      page = await list({ after: page.next }, 4);
    }
    expect(seen).toEqual([...seen].sort());
    expect(seen).toHaveLength(6);
  });

  it("filters by role and by a search over email and name", async () => {
    expect((await list({ role: "CUSTOMER" })).items.map((u) => u.email)).toEqual([
      "bob@example.org",
      "eve@example.org",
      "zed@example.org",
    ]);
    expect((await list({ q: "ADMIN" })).items.map((u) => u.email)).toEqual(["cat@example.org"]);
    expect((await list({ q: "amy@" })).items.map((u) => u.email)).toEqual(["amy@example.org"]);
  });

  it("treats an unknown role or a forged cursor as no filter", async () => {
    const all = (await list({})).items;
    expect((await list({ role: "ROOT" })).items).toEqual(all);
    expect((await list({ after: "forged" })).items).toEqual(all);
  });
});

describe("listStaff", () => {
  it("lists the enabled sales and admin users, by name", async () => {
    expect((await listStaff(s.db)).map((u) => u.email)).toEqual(["amy@example.org", "cat@example.org"]);
  });
});
