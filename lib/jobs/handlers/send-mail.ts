// The mail job: what sendMail() stores, and the handler that hands it to the transport. Attachments travel base64 in
// the job's JSON. A failed send throws, so the queue retries it with backoff and finally marks it failed for the desk.
import type { MailTransport, OutgoingMail, SentMail } from "../../email/types";
import type { JobContext } from "../types";

export interface MailJobData {
  to: string;
  from: string;
  subject: string;
  text: string;
  html?: string;
  replyTo?: string;
  attachments?: { filename: string; contentType: string; base64: string }[];
}

export function mailJobData(mail: OutgoingMail & { from: string }): MailJobData {
  return {
    to: mail.to,
    from: mail.from,
    subject: mail.subject,
    text: mail.text,
    ...(mail.html !== undefined ? { html: mail.html } : {}),
    ...(mail.replyTo !== undefined ? { replyTo: mail.replyTo } : {}),
    ...(mail.attachments?.length
      ? {
          attachments: mail.attachments.map((a) => ({
            filename: a.filename,
            contentType: a.contentType,
            base64: a.content.toString("base64"),
          })),
        }
      : {}),
  };
}

export function sendMailHandler(transport: () => MailTransport) {
  return async (data: unknown, job: JobContext): Promise<SentMail> => {
    const m = data as MailJobData;
    if (typeof m?.to !== "string" || typeof m.subject !== "string" || typeof m.text !== "string")
      throw new Error(`mail job ${job.id}: malformed data`);
    const { attachments, ...rest } = m;
    return transport().send({
      ...rest,
      messageId: job.id,
      ...(attachments
        ? {
            attachments: attachments.map((a) => ({
              filename: a.filename,
              contentType: a.contentType,
              content: Buffer.from(a.base64, "base64"),
            })),
          }
        : {}),
    });
  };
}
