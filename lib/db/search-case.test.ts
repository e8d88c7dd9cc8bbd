// Every desk search ignores case the same way on SQLite and PostgreSQL: the user list, the audit log's actor, the dev
// mailbox (lib/db/like.ts) and the enquiry inbox (lib/enquiries/search-text.ts). SQLite always; PostgreSQL too when
// TEST_DATABASE_URL is a postgresql:// URL (CI). PostgreSQL's LIKE is case-sensitive, so a search that forgot that
// finds nothing there for "ALICE" while SQLite finds alice.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { listUsers } from "../users/list";
import { userFiltersSchema } from "../users/filters";
import { listAuditEvents } from "../audit/list";
import { auditFiltersSchema } from "../audit/filters";
import { listMail } from "../email/mailbox";
import { listEnquiries } from "../enquiries/inbox";
import { parseInboxFilters } from "../enquiries/inbox-filters";
import { enquiryRow } from "../enquiries/test-utils/enquiry";

const pgUrl = /^postgres(ql)?:\/\//.test(process.env.TEST_DATABASE_URL ?? "")
  ? process.env.TEST_DATABASE_URL
  : undefined;
const databases = [["SQLite", ""] as const, ...(pgUrl ? [["PostgreSQL", pgUrl] as const] : [])];

describe.each(databases)("searches ignore case on %s", (_name, url) => {
  let s: ScratchDb;
  let staffId: string;
  // Stored in mixed case on purpose: emails as typed before lower-casing was added, names as people write them.
  const email = "Alice.Mixed@Example.ORG";

  beforeAll(async () => {
    vi.stubEnv("TEST_DATABASE_URL", url);
    s = await createScratchDb();
    vi.unstubAllEnvs();
    const u = await s.db.user.create({ data: { email, name: "Alice Wonder" } });
    await s.db.user.create({ data: { email: "bob@example.org", name: "Bob Other" } });
    staffId = (await s.db.user.create({ data: { email: "sales@example.org", role: "SALES" } })).id;
    await s.db.auditEvent.create({ data: { actorId: u.id, actorEmail: email, action: "test.case" } });
    await s.db.mailMessage.create({ data: { to: email, from: "f@x.org", subject: "s", text: "t" } });
    const buyer = {
      name: "Zoë Buyer",
      email: "zoe@example.org",
      organization: "ACME Imaging",
      message: "Needs Spondylolisthesis cases",
    };
    await s.db.enquiry.create({ data: enquiryRow(buyer) });
  }, 60_000);
  afterAll(() => s?.cleanup());

  const users = async (q: string) => (await listUsers(s.db, userFiltersSchema.parse({ q }))).items.map((u) => u.email);
  const actors = async (actor: string) =>
    (await listAuditEvents(s.db, auditFiltersSchema.parse({ actor }))).items.map((e) => e.actorEmail);
  const mail = async (to: string) => (await listMail(s.db, to)).map((m) => m.to);
  const inbox = async (q: string) =>
    (await listEnquiries(s.db, parseInboxFilters({ q }), staffId)).items.map((e) => e.email);

  it.each(["alice", "ALICE", "aLiCe.mIxEd@example.org", "Wonder", "wONDER"])("users: %s finds Alice", async (q) => {
    expect(await users(q)).toEqual([email]);
  });

  it.each(["alice.mixed", "ALICE.MIXED@EXAMPLE.ORG"])("audit actor and mailbox: %s finds Alice", async (q) => {
    expect(await actors(q)).toEqual([email]);
    expect(await mail(q)).toEqual([email]);
  });

  it.each(["acme", "Acme imaging", "SPONDYLOLISTHESIS", "ZOË", "zoë"])(
    "enquiry inbox: %s finds the enquiry",
    async (q) => {
      expect(await inbox(q)).toEqual(["zoe@example.org"]);
    },
  );

  it("a search for text nobody holds finds nothing, in any case", async () => {
    expect(await users("CAROL")).toEqual([]);
    expect(await inbox("ACMEX")).toEqual([]);
  });
});
