// The embedded default: mail is stored in the database (admins read it at /desk/admin/mailbox in development and
// demo mode). In demo mode its links are printed on the server log too, so a newcomer can sign in with no mail server
// at all; otherwise the log names the message only - a sign-in link on a log is a way into someone's account.
import type { Db } from "../db/create-client";
import { logSafe } from "../log/safe";
import type { MailTransport, OutgoingMail, SentMail, TransportMail } from "./types";

export function createDevMailboxTransport(
  db: Db,
  { printLinks, log = console.log }: { printLinks: boolean; log?: (line: string) => void },
): MailTransport {
  return {
    kind: "dev-mailbox",
    async send(mail: TransportMail): Promise<SentMail> {
      // The mail job's id is the row's id: a retried job stores its mail once.
      if (
        mail.messageId &&
        (await db.mailMessage.findUnique({ where: { id: mail.messageId }, select: { id: true } }))
      ) {
        return { messageId: mail.messageId, transport: "dev-mailbox" };
      }
      const row = await db.mailMessage.create({
        // The dev mailbox keeps text only: attachments are listed by name and size.
        data: {
          ...(mail.messageId ? { id: mail.messageId } : {}),
          to: mail.to,
          from: mail.from,
          subject: mail.subject,
          text: withAttachmentList(mail),
          html: mail.html ?? null,
        },
        select: { id: true },
      });
      const links = printLinks ? (mail.text.match(/https?:\/\/\S+/g) ?? []) : [];
      log(
        `[dev mailbox] to ${logSafe(mail.to)}: ${logSafe(mail.subject)}${links.map((l) => `\n  ${logSafe(l)}`).join("")}`,
      );
      return { messageId: row.id, transport: "dev-mailbox" };
    },
  };
}

function withAttachmentList(mail: OutgoingMail): string {
  const files = mail.attachments ?? [];
  if (!files.length) return mail.text;
  return `${mail.text}\n\nAttachments:\n${files.map((f) => `  ${f.filename} (${f.content.length.toLocaleString("en")} bytes)`).join("\n")}`;
}
