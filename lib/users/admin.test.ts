// Admin changes on a scratch database with a recording mail sender: each change writes its audit row, an invitation
// is mailed after the user exists, and admins cannot lock themselves out.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { recordingMail } from "../testing/deps";
import type { SessionUser } from "../auth/session";
import { addOrganization, changeUserRole, inviteUser, renameOrg, setUserDisabled, setUserOrganization } from "./admin";

let s: ScratchDb;
let admin: SessionUser;
const appUrl = "https://shop.example";

beforeAll(async () => {
  s = await createScratchDb();
  const u = await s.db.user.create({ data: { email: "admin@example.org", role: "ADMIN" } });
  admin = {
    id: u.id,
    email: u.email,
    name: null,
    role: "ADMIN",
    disabled: false,
    organizationId: null,
    organizationName: null,
  };
});
afterAll(() => s?.cleanup());

const auditOf = (targetId: string) => s.db.auditEvent.findMany({ where: { targetId }, orderBy: { createdAt: "asc" } });

describe("admin user changes", () => {
  it("invites: creates the user, audits it, then mails the sign-in address", async () => {
    const mail = recordingMail({
      // The user exists by the time the mail goes.
      onSend: async (m) => expect(await s.db.user.findUnique({ where: { email: m.to } })).not.toBeNull(),
    });
    const org = await addOrganization({ db: s.db }, admin, "Invitees Ltd", "10.0.0.1");
    const user = await inviteUser(
      { db: s.db, send: mail.send, appUrl },
      admin,
      { email: "new@example.org", role: "CUSTOMER", organizationId: org.id },
      "10.0.0.1",
    );
    expect(user.organizationId).toBe(org.id);
    expect(mail.sent).toHaveLength(1);
    expect(mail.sent[0]!.to).toBe("new@example.org");
    expect(mail.sent[0]!.text).toContain(`${appUrl}/sign-in`);
    const [row] = await auditOf(user.id);
    expect(row).toMatchObject({ action: "user.invited", actorEmail: "admin@example.org", ip: "10.0.0.1" });
    await expect(
      inviteUser(
        { db: s.db, send: mail.send, appUrl },
        admin,
        { email: "new@example.org", role: "CUSTOMER", organizationId: "" },
        "x",
      ),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(mail.sent).toHaveLength(1);
  });

  it("changes role, organisation and disabled flag, each with its audit row; disabling ends the sessions", async () => {
    const u = await s.db.user.create({ data: { email: "target@example.org" } });
    await s.db.session.create({
      data: { userId: u.id, sessionToken: "hashed-token", expires: new Date(Date.UTC(2100, 0, 1)) },
    });
    const org = await addOrganization({ db: s.db }, admin, "Target Org", "ip");
    expect(await changeUserRole({ db: s.db }, admin, u.id, "SALES", "ip")).toEqual({
      email: u.email,
      from: "CUSTOMER",
      to: "SALES",
    });
    await setUserOrganization({ db: s.db }, admin, u.id, org.id, "ip");
    await setUserDisabled({ db: s.db }, admin, u.id, true, "ip");
    expect(await s.db.session.count({ where: { userId: u.id } })).toBe(0);
    expect((await s.db.user.findUniqueOrThrow({ where: { id: u.id } })).disabled).toBe(true);
    expect((await auditOf(u.id)).map((a) => a.action)).toEqual([
      "user.role_changed",
      "user.organization_changed",
      "user.disabled",
    ]);
  });

  it("refuses an admin's own demotion or disabling, and changes nothing", async () => {
    await expect(changeUserRole({ db: s.db }, admin, admin.id, "CUSTOMER", "ip")).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(setUserDisabled({ db: s.db }, admin, admin.id, true, "ip")).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await s.db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("ADMIN");
    expect(await auditOf(admin.id)).toHaveLength(0);
  });

  it("an organisation that does not exist is refused with no audit row", async () => {
    const u = await s.db.user.create({ data: { email: "orphan@example.org" } });
    await expect(setUserOrganization({ db: s.db }, admin, u.id, "missing-org", "ip")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await auditOf(u.id)).toHaveLength(0);
  });

  it("renames organisations, refusing a name in use", async () => {
    const a = await addOrganization({ db: s.db }, admin, "Alpha", "ip");
    await addOrganization({ db: s.db }, admin, "Beta", "ip");
    expect(await renameOrg({ db: s.db }, admin, a.id, "Alpha Two", "ip")).toEqual({
      before: "Alpha",
      after: "Alpha Two",
    });
    await expect(renameOrg({ db: s.db }, admin, a.id, "Beta", "ip")).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await auditOf(a.id)).map((r) => r.action)).toEqual(["organization.created", "organization.renamed"]);
  });
});
