// References, and the buyer's side of an enquiry: only their own, without internal notes, and their replies land on
// the desk's timeline with an audit entry.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { enquirySchema } from "../validations/enquiry";
import { createEnquiry } from "./create";
import { addBuyerReply, getBuyerEnquiry, listBuyerEnquiries } from "./buyer";
import { addNote, recordReply } from "./work";

let s: ScratchDb;
const input = (email: string) =>
  enquirySchema.parse({
    name: "Ada",
    email,
    organization: "Engines Ltd",
    country: "GB",
    jobRole: "researcher",
    intendedUse: "research",
    timeline: "asap",
    consent: "on",
    message: "Hello",
  });

beforeAll(async () => {
  s = await createScratchDb();
});
afterAll(() => s?.cleanup());

describe("enquiry references", () => {
  it("numbers enquiries within their year", async () => {
    const at = (iso: string) =>
      createEnquiry(s.db, input("ref@example.org"), { ip: null, source: null, now: new Date(iso) });
    const refs = [
      (await at("2031-03-01T00:00:00Z")).reference,
      (await at("2031-12-31T23:59:59Z")).reference,
      (await at("2032-01-01T00:00:00Z")).reference,
    ];
    expect(refs).toEqual(["ENQ-2031-00001", "ENQ-2031-00002", "ENQ-2032-00001"]);
  });

  it("never hands one reference out twice, even to enquiries arriving together", async () => {
    const now = new Date("2033-05-05T00:00:00Z");
    const made = await Promise.all(
      Array.from({ length: 6 }, () => createEnquiry(s.db, input("race@example.org"), { ip: null, source: null, now })),
    );
    expect(new Set(made.map((e) => e.reference)).size).toBe(6);
  });

  it("continues after the highest number even when earlier ones are gone", async () => {
    await s.db.enquiry.create({ data: { ...rowOf("gap@example.org"), reference: "ENQ-2034-00007" } });
    const e = await createEnquiry(s.db, input("gap@example.org"), {
      ip: null,
      source: null,
      now: new Date("2034-02-02T00:00:00Z"),
    });
    expect(e.reference).toBe("ENQ-2034-00008");
  });
});

const rowOf = (email: string) => ({
  name: "Old",
  email,
  organization: "Old Ltd",
  country: "GB",
  jobRole: "other",
  intendedUse: "research",
  conditions: "[]",
  timeline: "asap",
  message: "",
  consent: true,
});

describe("the buyer's enquiries", () => {
  it("shows a buyer their own enquiries, sales' replies and not the internal notes", async () => {
    const sales = await s.db.user.create({ data: { email: "sam@example.org", name: "Sam", role: "SALES" } });
    const mine = await createEnquiry(s.db, input("buyer@example.org"), { ip: null, source: null });
    await createEnquiry(s.db, input("other@example.org"), { ip: null, source: null });
    await addNote(s.db, sales, mine.id, "Internal: budget is tight");
    await recordReply(s.db, sales, mine.id, { to: "buyer@example.org", subject: "Quote", body: "Our offer" });

    expect((await listBuyerEnquiries(s.db, "Buyer@Example.org")).map((e) => e.id)).toEqual([mine.id]);
    const e = await getBuyerEnquiry(s.db, "buyer@example.org", mine.reference!);
    expect(e!.events.map((ev) => ev.type)).toEqual(["created", "email"]);
    expect(JSON.stringify(e)).not.toContain("budget is tight");
    expect(await getBuyerEnquiry(s.db, "other@example.org", mine.reference!)).toBeNull();
  });

  it("records the buyer's reply on the timeline and the audit log, and refuses anyone else's", async () => {
    const buyer = await s.db.user.create({ data: { email: "replier@example.org" } });
    const intruder = await s.db.user.create({ data: { email: "intruder@example.org" } });
    const e = await createEnquiry(s.db, input("replier@example.org"), { ip: null, source: null });
    await addBuyerReply(s.db, buyer, e.reference!, "Can you include the reports?");
    await expect(addBuyerReply(s.db, intruder, e.reference!, "hijack")).rejects.toMatchObject({ code: "NOT_FOUND" });
    const events = await s.db.enquiryEvent.findMany({ where: { enquiryId: e.id, type: "buyer-reply" } });
    expect(events.map((ev) => [ev.body, ev.actorId])).toEqual([["Can you include the reports?", buyer.id]]);
    expect(await s.db.auditEvent.count({ where: { targetId: e.id, action: "enquiry.buyer_replied" } })).toBe(1);
  });
});
