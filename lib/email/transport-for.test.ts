// The configured transport: SMTP exactly when SMTP_URL is set, otherwise the dev mailbox table.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { mailTransportFor } from "./transport-for";

let s: ScratchDb;
beforeAll(async () => (s = await createScratchDb()));
afterAll(() => s?.cleanup());

describe("mailTransportFor", () => {
  it("is SMTP when SMTP_URL is set", () => {
    expect(mailTransportFor({ SMTP_URL: "smtp://127.0.0.1:3452", DEMO_MODE: false }, s.db).kind).toBe("smtp");
  });

  it("is the dev mailbox otherwise, storing the mail in the database", async () => {
    const print = vi.spyOn(console, "log").mockImplementation(() => {});
    for (const SMTP_URL of [undefined, ""]) {
      const t = mailTransportFor({ SMTP_URL, DEMO_MODE: false }, s.db);
      expect(t.kind).toBe("dev-mailbox");
      const sent = await t.send({ from: "d@x", to: "dev@example.org", subject: "S", text: "T" });
      expect(await s.db.mailMessage.findUnique({ where: { id: sent.messageId } })).toMatchObject({
        to: "dev@example.org",
      });
    }
    print.mockRestore();
  });
});
