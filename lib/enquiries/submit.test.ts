// The public enquiry form's path on a scratch database: spam checks, rate limits and the one-time form token refuse
// before anything is stored; an accepted enquiry is stored, then the buyer and sales are mailed and the timeline says so.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { fixedClock, memoryLimiter, recordingMail, refusingLimiter } from "../testing/deps";
import { MemoryOnceStore } from "../rate-limit/once";
import { enquiryInput } from "./test-utils/enquiry";
import { HONEYPOT_FIELD, issueFormToken, TOKEN_FIELD } from "./anti-spam";
import { submitEnquiry, type SubmitDeps } from "./submit";

let s: ScratchDb;
const secret = "enquiry-secret-enquiry-secret-0123";
const now = fixedClock("2026-11-29T12:00:00Z");
const servedAt = now().getTime() - 60_000; // the form was served a minute ago
beforeAll(async () => {
  s = await createScratchDb();
});
afterAll(() => s?.cleanup());

const input = (email: string) => enquiryInput({ email });
function deps(over: Partial<SubmitDeps> = {}) {
  const mail = recordingMail();
  const d: SubmitDeps = {
    db: s.db,
    send: mail.send,
    limit: memoryLimiter(),
    now,
    once: new MemoryOnceStore(() => now().getTime()),
    appUrl: "https://shop.example",
    salesEmail: "sales@shop.example",
    secret,
    minFillMs: 3_000,
    ...over,
  };
  return { d, mail };
}
const raw = (token = issueFormToken(secret, servedAt), extra: Record<string, string> = {}) => ({
  [TOKEN_FIELD]: token,
  ...extra,
});
const stored = (email: string) => s.db.enquiry.count({ where: { email } });

describe("submitEnquiry", () => {
  it("stores the enquiry, mails buyer and sales, and records both mails on the timeline", async () => {
    const { d, mail } = deps();
    const e = await submitEnquiry(d, input("ada@example.org"), {
      ip: "10.1.1.1",
      raw: raw(undefined, { source: "/statistics" }),
    });
    const row = await s.db.enquiry.findUniqueOrThrow({ where: { id: e.id } });
    expect(row).toMatchObject({ email: "ada@example.org", source: "/statistics" });
    expect(row.createdAt.toISOString()).toBe("2026-11-29T12:00:00.000Z");
    expect(mail.sent.map((m) => [m.to, m.replyTo])).toEqual([
      ["ada@example.org", "sales@shop.example"],
      ["sales@shop.example", "ada@example.org"],
    ]);
    expect(mail.sent[1]!.text).toContain(`https://shop.example/desk/enquiries/${e.id}`);
    const events = await s.db.enquiryEvent.findMany({ where: { enquiryId: e.id, type: "email" } });
    expect(events.map((x) => x.body).sort()).toEqual(["Confirmation sent to the buyer", "Sales notified"]);
  });

  it("refuses a filled honeypot, a bad token and a form sent too fast, storing and sending nothing", async () => {
    const { d, mail } = deps();
    await expect(
      submitEnquiry(d, input("bot@example.org"), {
        ip: "ip",
        raw: raw(undefined, { [HONEYPOT_FIELD]: "http://spam" }),
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(submitEnquiry(d, input("bot@example.org"), { ip: "ip", raw: raw("1.2.3") })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await expect(
      submitEnquiry(d, input("bot@example.org"), {
        ip: "ip",
        raw: raw(issueFormToken(secret, now().getTime() - 1_000)),
      }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await stored("bot@example.org")).toBe(0);
    expect(mail.sent).toHaveLength(0);
  });

  it("accepts a form token once: the replay is refused", async () => {
    const { d } = deps();
    const token = issueFormToken(secret, servedAt);
    await submitEnquiry(d, input("once@example.org"), { ip: "ip", raw: raw(token) });
    await expect(submitEnquiry(d, input("once@example.org"), { ip: "ip", raw: raw(token) })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await stored("once@example.org")).toBe(1);
  });

  it("a rate-limited sender is told how long to wait and where to write; nothing is stored", async () => {
    const { d, mail } = deps({ limit: refusingLimiter });
    await expect(submitEnquiry(d, input("busy@example.org"), { ip: "ip", raw: raw() })).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringContaining("sales@shop.example"),
    });
    expect(await stored("busy@example.org")).toBe(0);
    expect(mail.sent).toHaveLength(0);
  });

  it("keeps the enquiry when mail fails, and records the failures on its timeline", async () => {
    const { d } = deps({ send: recordingMail({ fail: true }).send });
    const e = await submitEnquiry(d, input("nomail@example.org"), { ip: "ip", raw: raw() });
    const failed = await s.db.enquiryEvent.count({ where: { enquiryId: e.id, type: "email-failed" } });
    expect(failed).toBe(2);
  });

  it("links a cohort only when it exists", async () => {
    const { d } = deps();
    const e = await submitEnquiry(d, input("cohort@example.org"), {
      ip: "ip",
      raw: raw(undefined, { cohortId: "abcdefghij12" }),
    });
    expect((await s.db.enquiry.findUniqueOrThrow({ where: { id: e.id } })).cohortId).toBeNull();
  });
});
