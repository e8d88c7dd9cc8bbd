export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  replyTo?: string;
  /** Files sent with the mail (the dev mailbox keeps only the text). */
  attachments?: { filename: string; content: Buffer; contentType: string }[];
}

export interface SentMail {
  messageId: string;
  transport: MailTransport["kind"];
}

/** What a transport is given: the mail, its sender and, from the mail job, a stable id (the job's). */
export type TransportMail = OutgoingMail & { from: string; messageId?: string };

/** Where mail goes: real SMTP, or the dev mailbox (a database table) when no SMTP server is configured. */
export interface MailTransport {
  readonly kind: "smtp" | "dev-mailbox";
  send(mail: TransportMail): Promise<SentMail>;
}
