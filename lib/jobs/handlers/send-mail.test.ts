// The mail job: what is stored survives the queue's JSON intact (binary attachments included), the handler hands it
// to the transport under the job's id, refuses malformed data, and lets a transport failure through for a retry.
import { describe, expect, it } from "vitest";
import type { MailTransport, TransportMail } from "../../email/types";
import { mailJobData, sendMailHandler } from "./send-mail";

function recorder(fail?: Error): MailTransport & { sent: TransportMail[] } {
  const sent: TransportMail[] = [];
  return {
    kind: "smtp",
    sent,
    async send(mail) {
      if (fail) throw fail;
      sent.push(mail);
      return { messageId: mail.messageId ?? "none", transport: "smtp" };
    },
  };
}
const job = { id: "job-123", name: "send-mail", retryCount: 0 };
const viaQueue = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;

describe("mail job", () => {
  it("round-trips a mail with binary attachments through JSON to the transport, under the job's id", async () => {
    const pdf = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0xfe, 0x80, 0x0a]);
    const fields = {
      to: "buyer@example.org",
      from: "sales@shop.example",
      subject: "Your invoice",
      text: "See attached.",
      html: "<p>See attached.</p>",
      replyTo: "sales@shop.example",
    };
    const data = mailJobData({
      ...fields,
      attachments: [{ filename: "invoice.pdf", contentType: "application/pdf", content: pdf }],
    });
    const t = recorder();
    const sent = await sendMailHandler(() => t)(viaQueue(data), job);
    expect(sent).toEqual({ messageId: "job-123", transport: "smtp" });
    expect(t.sent).toHaveLength(1);
    const m = t.sent[0]!;
    expect(m).toMatchObject({ ...fields, messageId: "job-123" });
    expect(m.attachments).toHaveLength(1);
    expect(m.attachments![0]!.content.equals(pdf)).toBe(true);
    expect(m.attachments![0]).toMatchObject({ filename: "invoice.pdf", contentType: "application/pdf" });
  });

  it("stores only the fields a mail has (no undefined html, reply-to or empty attachment list)", () => {
    const data = mailJobData({ to: "a@b.c", from: "f@b.c", subject: "s", text: "t", attachments: [] });
    expect(data).toEqual({ to: "a@b.c", from: "f@b.c", subject: "s", text: "t" });
    expect(Object.keys(viaQueue(data) as object)).toEqual(["to", "from", "subject", "text"]);
  });

  it("refuses malformed data with the job id, sending nothing", async () => {
    const t = recorder();
    const handler = sendMailHandler(() => t);
    for (const bad of [null, {}, { to: "a@b.c", subject: "s" }, { to: 1, subject: "s", text: "t" }])
      await expect(handler(bad, job)).rejects.toThrow("mail job job-123: malformed data");
    expect(t.sent).toEqual([]);
  });

  it("passes a transport failure on, so the queue retries the job", async () => {
    const handler = sendMailHandler(() => recorder(new Error("connect ECONNREFUSED")));
    await expect(handler(mailJobData({ to: "a@b.c", from: "f@b.c", subject: "s", text: "t" }), job)).rejects.toThrow(
      "ECONNREFUSED",
    );
  });
});
