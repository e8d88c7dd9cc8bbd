import nodemailer from "nodemailer";
import type { MailTransport, SentMail, TransportMail } from "./types";

export function createSmtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    kind: "smtp",
    async send({ messageId, ...mail }: TransportMail): Promise<SentMail> {
      // A stable Message-ID (the job's id): if a worker dies after the server took the mail, the retry's copy carries
      // the same id, so mail systems can recognise the duplicate.
      const info = await transporter.sendMail({
        ...mail,
        ...(messageId ? { messageId: `<${messageId}@storefront.jobs>` } : {}),
      });
      return { messageId: info.messageId, transport: "smtp" };
    },
  };
}
