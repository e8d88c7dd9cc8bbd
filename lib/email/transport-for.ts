// The transport the configuration names: SMTP when SMTP_URL is set, else the dev mailbox. Shared by the app and the
// worker (which sends the mail jobs), so both deliver alike.
import type { Db } from "../db/create-client";
import { createDevMailboxTransport } from "./dev-mailbox-transport";
import { createSmtpTransport } from "./smtp-transport";
import type { MailTransport } from "./types";

export function mailTransportFor(e: { SMTP_URL?: string; DEMO_MODE: boolean }, db: Db): MailTransport {
  return e.SMTP_URL ? createSmtpTransport(e.SMTP_URL) : createDevMailboxTransport(db, { printLinks: e.DEMO_MODE });
}
