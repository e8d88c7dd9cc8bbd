// Reads the mail the app sent to the SMTP sink (e2e/support/smtp-sink.mjs).
import { expect } from "@playwright/test";
import { E2E_MAILBOX_URL } from "./e2e-env";

export interface SinkMessage {
  id: number;
  envelopeTo: string[];
  from: string;
  to: string;
  replyTo: string;
  subject: string;
  text: string;
  html: string;
  attachments?: { filename: string; contentType: string; size: number }[];
}

export async function mailTo(address: string): Promise<SinkMessage[]> {
  const res = await fetch(`${E2E_MAILBOX_URL}/messages?to=${encodeURIComponent(address.toLowerCase())}`);
  return (await res.json()) as SinkMessage[];
}

/** Waits for a message to `address` whose subject matches, and returns it. */
export async function waitForMail(address: string, subject: RegExp, timeout = 15_000): Promise<SinkMessage> {
  let found: SinkMessage | undefined;
  await expect
    .poll(async () => (found = (await mailTo(address)).find((m) => subject.test(m.subject))), {
      timeout,
      message: `mail to ${address} matching ${subject}`,
    })
    .toBeTruthy();
  return found!;
}

export function firstLink(text: string, prefix: string): string {
  const link = text.match(/https?:\/\/\S+/g)?.find((l) => l.startsWith(prefix));
  if (!link) throw new Error(`no link starting with ${prefix} in:\n${text}`);
  return link;
}

/** Waits until exactly `n` messages to `address` arrived (mail is sent by a job, shortly after the request). */
export async function waitForMailCount(address: string, n: number, timeout = 15_000): Promise<SinkMessage[]> {
  let list: SinkMessage[] = [];
  await expect
    .poll(async () => (list = await mailTo(address)).length, { timeout, message: `${n} mail(s) to ${address}` })
    .toBe(n);
  return list;
}
