// A desk reply on a scratch database with a recording mail sender and real local attachment storage.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { memoryLimiter, recordingMail, refusingLimiter } from "../testing/deps";
import { createLocalStorage } from "../storage/local";
import type { SessionUser } from "../auth/session";
import { enquirySchema } from "../validations/enquiry";
import { createEnquiry } from "./create";
import { replyToEnquiry } from "./reply";

let s: ScratchDb;
let dir: string;
let sales: SessionUser;
beforeAll(async () => {
  s = await createScratchDb();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "reply-test-"));
  const u = await s.db.user.create({ data: { email: "sam@shop.example", name: "Sam", role: "SALES" } });
  sales = {
    id: u.id,
    email: u.email,
    name: u.name,
    role: "SALES",
    disabled: false,
    organizationId: null,
    organizationName: null,
  };
});
afterAll(async () => {
  await s?.cleanup();
  fs.rmSync(dir, { recursive: true, force: true });
});

const newEnquiry = (email: string) =>
  createEnquiry(
    s.db,
    enquirySchema.parse({
      name: "Ada",
      email,
      organization: "Lab",
      country: "GB",
      jobRole: "researcher",
      intendedUse: "research",
      timeline: "asap",
      consent: "on",
      conditions: [],
      message: "Hi",
    }),
    { ip: null, source: null },
  );
const pdf = { name: "quote.pdf", bytes: new TextEncoder().encode("%PDF-1.4\n%test\n") };
const files = () =>
  fs.readdirSync(dir, { recursive: true }).filter((f) => fs.statSync(path.join(dir, String(f))).isFile());

describe("replyToEnquiry", () => {
  it("mails the buyer with the attachment, replying to the sales user, then records the reply and marks it contacted", async () => {
    const e = await newEnquiry("ada@example.org");
    const mail = recordingMail();
    await replyToEnquiry(
      { db: s.db, send: mail.send, limit: memoryLimiter(), storage: createLocalStorage(dir) },
      sales,
      { enquiryId: e.id, subject: "Your sample", body: "Attached.", markContacted: true },
      "ip",
      [pdf],
    );
    expect(mail.sent).toHaveLength(1);
    expect(mail.sent[0]).toMatchObject({ to: "ada@example.org", replyTo: "sam@shop.example" });
    expect(mail.sent[0]!.attachments?.map((a) => a.filename)).toEqual(["quote.pdf"]);
    expect(files()).toHaveLength(1);
    const row = await s.db.enquiry.findUniqueOrThrow({ where: { id: e.id } });
    expect(row.status).toBe("CONTACTED");
    const events = await s.db.enquiryEvent.findMany({ where: { enquiryId: e.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((x) => x.type)).toEqual(["created", "email", "status"]);
  });

  it("a failed send removes the stored attachments, records the failure and reports it", async () => {
    const e = await newEnquiry("bob@example.org");
    const before = files().length;
    await expect(
      replyToEnquiry(
        {
          db: s.db,
          send: recordingMail({ fail: true }).send,
          limit: memoryLimiter(),
          storage: createLocalStorage(dir),
        },
        sales,
        { enquiryId: e.id, subject: "S", body: "B", markContacted: true },
        "ip",
        [pdf],
      ),
    ).rejects.toMatchObject({ code: "INTERNAL" });
    expect(files()).toHaveLength(before);
    const events = await s.db.enquiryEvent.findMany({ where: { enquiryId: e.id } });
    expect(events.map((x) => x.type).sort()).toEqual(["created", "email-failed"]);
    expect((await s.db.enquiry.findUniqueOrThrow({ where: { id: e.id } })).status).toBe("NEW");
  });

  it("a rate-limited sales user sends nothing", async () => {
    const e = await newEnquiry("cy@example.org");
    const mail = recordingMail();
    await expect(
      replyToEnquiry(
        { db: s.db, send: mail.send, limit: refusingLimiter, storage: createLocalStorage(dir) },
        sales,
        { enquiryId: e.id, subject: "S", body: "B", markContacted: false },
        "ip",
      ),
    ).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(mail.sent).toHaveLength(0);
  });
});
