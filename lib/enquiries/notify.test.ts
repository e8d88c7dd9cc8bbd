// The mails after a new enquiry carry human labels, go to the right people, and each lands on the timeline.
import { afterAll, beforeAll, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { recordingMail } from "../testing/deps";
import { notifyNewEnquiry } from "./notify";
import { enquiryRow } from "./test-utils/enquiry";

let s: ScratchDb;
beforeAll(async () => {
  s = await createScratchDb();
});
afterAll(() => s?.cleanup());

it("mails the buyer and sales with labels instead of stored codes, and records each mail; one failure does not stop the other", async () => {
  const e = await s.db.enquiry.create({
    data: enquiryRow({ organization: "Lab", message: "Hi" }, { intendedUse: "commercial" }),
  });
  const mail = recordingMail({
    onSend: (m) => {
      if (m.to === "sales@shop.example") throw new Error("sales inbox down");
    },
  });
  await notifyNewEnquiry(
    { db: s.db, send: mail.send, appUrl: "https://shop.example", salesEmail: "sales@shop.example" },
    // The enquiry as stored, as the caller passes it on: country, role, use and timeline still as codes.
    { ...e, reference: "ENQ-1", conditions: [] },
  );
  expect(mail.sent.map((m) => m.to)).toEqual(["ada@example.org"]);
  expect(mail.sent[0]!.text).toContain("Germany");
  expect(mail.sent[0]!.text).not.toMatch(/\bDE\b/);
  const events = await s.db.enquiryEvent.findMany({ where: { enquiryId: e.id } });
  expect(events.map((x) => x.type).sort()).toEqual(["email", "email-failed"]);
});
