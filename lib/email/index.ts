// Sends application mail: sendMail() stores a mail job and returns once it is durable; a worker (or, in the embedded
// default, the server's own in-process queue) hands it to the transport - SMTP when SMTP_URL is set, else the dev
// mailbox - retrying with backoff. So no request waits for an SMTP server, and a mail server that is down loses nothing.
import "server-only";
import { env } from "../env";
import { appQueue } from "../jobs/app-queue";
import { mailJobData } from "../jobs/handlers/send-mail";
import { jobIdFor } from "../jobs/job-id";
import { QUEUES } from "../jobs/queues";
import type { MailTransport, OutgoingMail, SentMail } from "./types";

export type { OutgoingMail, SentMail } from "./types";

/**
 * Queues `mail`; `messageId` is the job's id. With `key`, sending again with the same key queues nothing more (for
 * mail that must go once, such as a licence's expiry notice).
 */
export async function sendMail(mail: OutgoingMail, opts: { key?: string } = {}): Promise<SentMail> {
  const id = await appQueue().send(QUEUES.sendMail, mailJobData({ ...mail, from: env.MAIL_FROM }), opts);
  return { messageId: id ?? jobIdFor(opts.key), transport: mailTransportKind() };
}

/** The dev mailbox page exists in development and demo mode only: on a live site it would expose sign-in links. */
export function devMailboxEnabled(): boolean {
  return env.NODE_ENV !== "production" || env.DEMO_MODE;
}

export const mailTransportKind = (): MailTransport["kind"] => (env.SMTP_URL ? "smtp" : "dev-mailbox");
