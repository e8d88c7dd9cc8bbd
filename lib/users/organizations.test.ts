import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { createOrganization, findOrCreateOrganization, listOrganizations, renameOrganization } from "./organizations";

let s: ScratchDb;
beforeAll(async () => {
  s = await createScratchDb();
});
afterAll(() => s?.cleanup());

describe("organisations", () => {
  it("are created once per (trimmed) name", async () => {
    const a = await createOrganization(s.db, "  ACME Imaging ");
    expect(a.name).toBe("ACME Imaging");
    await expect(createOrganization(s.db, "ACME Imaging")).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { name: ["An organisation with this name already exists"] },
    });
    expect((await findOrCreateOrganization(s.db, "ACME Imaging ")).id).toBe(a.id);
    expect((await findOrCreateOrganization(s.db, "Other Lab")).id).not.toBe(a.id);
  });

  it("are renamed unless the name is taken by another", async () => {
    const b = await createOrganization(s.db, "Beta");
    expect(await renameOrganization(s.db, b.id, " Beta Clinic ")).toEqual({ before: "Beta", after: "Beta Clinic" });
    // Its own name again is not a clash.
    expect(await renameOrganization(s.db, b.id, "Beta Clinic")).toEqual({
      before: "Beta Clinic",
      after: "Beta Clinic",
    });
    await expect(renameOrganization(s.db, b.id, "ACME Imaging")).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(renameOrganization(s.db, "missing", "Gamma")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("are listed by name with their member counts", async () => {
    const acme = (await s.db.organization.findUniqueOrThrow({ where: { name: "ACME Imaging" } })).id;
    await s.db.user.create({ data: { email: "m1@example.org", organizationId: acme } });
    await s.db.user.create({ data: { email: "m2@example.org", organizationId: acme } });
    expect((await listOrganizations(s.db)).map((o) => [o.name, o.members])).toEqual([
      ["ACME Imaging", 2],
      ["Beta Clinic", 0],
      ["Other Lab", 0],
    ]);
  });
});
