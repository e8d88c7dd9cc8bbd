import nodemailer from "nodemailer";
import type { MailTransport, OutgoingMail, SentMail } from "./types";

export function createSmtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    kind: "smtp",
    async send(mail: OutgoingMail & { from: string }): Promise<SentMail> {
      const info = await transporter.sendMail(mail);
      return { messageId: info.messageId, transport: "smtp" };
    },
  };
}
