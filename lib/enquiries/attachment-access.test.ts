// Who may fetch a reply's attachment, on a scratch database: staff and the enquiry's own buyer (any case of their
// address); anyone else, a wrong index or an event that is not a mail gets the same "not found".
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../errors/app-error";
import type { Principal, Role } from "../auth/roles";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { findAttachment } from "./attachment-access";
import { enquiryRow } from "./test-utils/enquiry";

let s: ScratchDb;
let mailEvent: string;
let noteEvent: string;
const file = {
  key: "enquiries/e/quote.pdf",
  name: "quote.pdf",
  size: 10,
  contentType: "application/pdf",
  sha256: "ab",
};

beforeAll(async () => {
  s = await createScratchDb();
  const e = await s.db.enquiry.create({ data: enquiryRow({ email: "Buyer@Example.org" }) });
  const data = JSON.stringify({ attachments: [file] });
  mailEvent = (await s.db.enquiryEvent.create({ data: { enquiryId: e.id, type: "email", data } })).id;
  // A note carrying the same data must not serve files: only mail attachments are downloadable.
  noteEvent = (await s.db.enquiryEvent.create({ data: { enquiryId: e.id, type: "note", data } })).id;
});
afterAll(() => s?.cleanup());

const user = (email: string, role: Role = "CUSTOMER"): Principal => ({
  id: "u",
  email,
  role,
  disabled: false,
  organizationId: null,
});

async function notFound(p: Promise<unknown>) {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  expect(e).toMatchObject({ code: "NOT_FOUND", message: "No such attachment." });
}

describe("findAttachment", () => {
  it("serves staff any enquiry's attachment", async () => {
    expect(await findAttachment(s.db, user("sales@shop.example", "SALES"), mailEvent, 0)).toEqual(file);
    expect(await findAttachment(s.db, user("admin@shop.example", "ADMIN"), mailEvent, 0)).toEqual(file);
  });

  it("serves the buyer the enquiry came from, whatever the case of the address", async () => {
    expect(await findAttachment(s.db, user("buyer@example.org"), mailEvent, 0)).toEqual(file);
  });

  it("answers not found to another customer, as for a file that does not exist", async () => {
    await notFound(findAttachment(s.db, user("other@example.org"), mailEvent, 0));
    await notFound(findAttachment(s.db, user("buyer@example.org.evil"), mailEvent, 0));
  });

  it("answers not found for a missing event, an index out of range and a non-mail event", async () => {
    const admin = user("a@x", "ADMIN");
    await notFound(findAttachment(s.db, admin, "no-such-event", 0));
    await notFound(findAttachment(s.db, admin, mailEvent, 1));
    await notFound(findAttachment(s.db, admin, mailEvent, -1));
    await notFound(findAttachment(s.db, admin, noteEvent, 0));
  });
});
