// Test doubles for lib/ dependencies: a mail sender that records (or fails), a fixed clock, limiters. Real parts
// where they are cheap: the limiter counts with the real memory backend.
import type { Clock, Limiter, SendMail } from "../deps";
import type { OutgoingMail } from "../email/types";
import { hitAll, memoryBackend } from "../rate-limit/limiter";

export interface RecordingMail {
  send: SendMail;
  sent: OutgoingMail[];
}

/** Records every mail; `fail` makes each send throw (after recording nothing). */
export function recordingMail(
  opts: { fail?: boolean; onSend?: (mail: OutgoingMail) => Promise<void> | void } = {},
): RecordingMail {
  const sent: OutgoingMail[] = [];
  return {
    sent,
    async send(mail) {
      await opts.onSend?.(mail);
      if (opts.fail) throw new Error("SMTP is down (test)");
      sent.push(mail);
      return { messageId: `test-${sent.length}` };
    },
  };
}

export const fixedClock =
  (iso: string): Clock =>
  () =>
    new Date(iso);

/** A limiter over its own in-memory store: the real counting, isolated per test. */
export const memoryLimiter = (): Limiter => {
  const backend = memoryBackend();
  return (checks) => hitAll(backend, checks);
};

/** A limiter that refuses everything, to see that a refusal stores and sends nothing. */
export const refusingLimiter: Limiter = async () => ({
  allowed: false,
  limit: 0,
  remaining: 0,
  resetAt: 0,
  retryAfterS: 120,
});
