// The SMTP transport against a real SMTP server (smtp-server, parsed with mailparser): the mail arrives whole, with the
// job's stable Message-ID, and a subject carrying line breaks cannot add headers.
import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createSmtpTransport } from "./smtp-transport";

// This helper's port range is 3450-3499.
const PORT = Number(process.env.SMTP_TRANSPORT_TEST_PORT ?? 3451);
const received: { rcptTo: string[]; mail: ParsedMail }[] = [];
let server: SMTPServer;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _s, cb) {
      if (address.address === "refused@example.org") {
        const e = new Error("mailbox unavailable") as Error & { responseCode: number };
        e.responseCode = 550;
        return cb(e);
      }
      cb();
    },
    onData(stream, session, cb) {
      simpleParser(stream)
        .then((mail) => {
          received.push({ rcptTo: session.envelope.rcptTo.map((r) => r.address), mail });
          cb();
        })
        .catch(cb);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(PORT, "127.0.0.1", resolve);
  });
});
afterAll(() => new Promise<void>((resolve) => server?.close(() => resolve())));
beforeEach(() => void (received.length = 0));

const transport = () => createSmtpTransport(`smtp://127.0.0.1:${PORT}?ignoreTLS=true`);

describe("createSmtpTransport", () => {
  it("delivers text, HTML, Reply-To and attachments, with the job's id as a stable Message-ID", async () => {
    const sent = await transport().send({
      from: "Data <data@example.org>",
      to: "buyer@example.org",
      replyTo: "sales@example.org",
      subject: "Your invoice",
      text: "Hello",
      html: "<p>Hello</p>",
      attachments: [{ filename: "inv.pdf", content: Buffer.from("%PDF-1.4 x"), contentType: "application/pdf" }],
      messageId: "job-123",
    });
    expect(sent).toEqual({ messageId: "<job-123@storefront.jobs>", transport: "smtp" });
    expect(received).toHaveLength(1);
    const { rcptTo, mail } = received[0]!;
    expect(rcptTo).toEqual(["buyer@example.org"]);
    expect(mail.messageId).toBe("<job-123@storefront.jobs>");
    expect(mail.subject).toBe("Your invoice");
    expect(mail.text?.trim()).toBe("Hello");
    expect(mail.html).toContain("<p>Hello</p>");
    expect(mail.replyTo?.text).toBe("sales@example.org");
    expect(mail.attachments.map((a) => [a.filename, a.contentType, a.content.toString()])).toEqual([
      ["inv.pdf", "application/pdf", "%PDF-1.4 x"],
    ]);
  });

  it("lets nodemailer choose a Message-ID when the mail has no job id", async () => {
    const sent = await transport().send({ from: "d@example.org", to: "b@example.org", subject: "S", text: "T" });
    expect(sent.messageId).toMatch(/^<.+@.+>$/);
    expect(sent.messageId).not.toContain("storefront.jobs");
  });

  it("keeps a subject with line breaks to one header: no injected Bcc", async () => {
    await transport().send({
      from: "d@example.org",
      to: "b@example.org",
      subject: "New enquiry\r\nBcc: thief@example.org\r\nX-Evil: 1",
      text: "T",
    });
    const { rcptTo, mail } = received[0]!;
    expect(rcptTo).toEqual(["b@example.org"]);
    expect(mail.bcc).toBeUndefined();
    expect(mail.headers.has("x-evil")).toBe(false);
    expect(mail.subject).toContain("Bcc: thief@example.org");
  });

  it("rejects when the server refuses the recipient, so the mail job retries", async () => {
    await expect(
      transport().send({ from: "d@example.org", to: "refused@example.org", subject: "S", text: "T" }),
    ).rejects.toThrow(/550|mailbox unavailable/);
    expect(received).toHaveLength(0);
  });
});
