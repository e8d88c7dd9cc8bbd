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

/** Where mail goes: real SMTP, or the dev mailbox (a database table) when no SMTP server is configured. */
export interface MailTransport {
  readonly kind: "smtp" | "dev-mailbox";
  send(mail: OutgoingMail & { from: string }): Promise<SentMail>;
}
