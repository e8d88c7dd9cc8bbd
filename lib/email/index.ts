// Sends application mail through the configured transport: SMTP when SMTP_URL is set, else the dev mailbox.
import "server-only";
import { db } from "../db";
import { env } from "../env";
import { createDevMailboxTransport } from "./dev-mailbox-transport";
import { createSmtpTransport } from "./smtp-transport";
import type { MailTransport, OutgoingMail, SentMail } from "./types";

export type { OutgoingMail, SentMail } from "./types";

const globalForMail = globalThis as unknown as { __mailTransport?: MailTransport };

export function getMailTransport(): MailTransport {
  return (globalForMail.__mailTransport ??= env.SMTP_URL
    ? createSmtpTransport(env.SMTP_URL)
    : createDevMailboxTransport(db, { printLinks: env.DEMO_MODE }));
}

export function sendMail(mail: OutgoingMail): Promise<SentMail> {
  return getMailTransport().send({ ...mail, from: env.MAIL_FROM });
}

/** The dev mailbox page exists in development and demo mode only: on a live site it would expose sign-in links. */
export function devMailboxEnabled(): boolean {
  return env.NODE_ENV !== "production" || env.DEMO_MODE;
}

export const mailTransportKind = (): MailTransport["kind"] => (env.SMTP_URL ? "smtp" : "dev-mailbox");
