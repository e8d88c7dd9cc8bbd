// The embedded default: mail is stored in the database (admins read it at /desk/admin/mailbox in development and
// demo mode) and its links are printed on the server log, so a newcomer can sign in with no mail server at all.
import type { Db } from "../db/create-client";
import type { MailTransport, OutgoingMail, SentMail } from "./types";

export function createDevMailboxTransport(db: Db, log: (line: string) => void = console.log): MailTransport {
  return {
    kind: "dev-mailbox",
    async send(mail: OutgoingMail & { from: string }): Promise<SentMail> {
      const row = await db.mailMessage.create({
        // The dev mailbox keeps text only: attachments are listed by name and size.
        data: { to: mail.to, from: mail.from, subject: mail.subject, text: withAttachmentList(mail), html: mail.html ?? null },
        select: { id: true },
      });
      const links = mail.text.match(/https?:\/\/\S+/g) ?? [];
      log(`[dev mailbox] to ${mail.to}: ${mail.subject}${links.map((l) => `\n  ${l}`).join("")}`);
      return { messageId: row.id, transport: "dev-mailbox" };
    },
  };
}

function withAttachmentList(mail: OutgoingMail): string {
  const files = mail.attachments ?? [];
  if (!files.length) return mail.text;
  return `${mail.text}\n\nAttachments:\n${files.map((f) => `  ${f.filename} (${f.content.length.toLocaleString("en")} bytes)`).join("\n")}`;
}
