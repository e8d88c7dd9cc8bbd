// sendMail() queues a mail job and returns: the job (on a real in-process queue over a scratch database) carries the
// mail and the configured sender, a key makes a second send a no-op, and the transport reported is the configured one.
// The env is a double (lib/env reads the process environment once at import); the queue is the real driver.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createInProcessQueue } from "../jobs/in-process-driver";
import { queuePolicies, QUEUES } from "../jobs/queues";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";

const env = vi.hoisted(() => ({}) as Record<string, unknown>);
vi.mock("../env", () => ({ env }));
// lib/db binds the app's client from DATABASE_URL; the queue here gets the scratch database instead.
vi.mock("../db", () => ({ db: null }));

const { devMailboxEnabled, mailTransportKind, sendMail } = await import("./index");

let s: ScratchDb;
beforeAll(async () => {
  s = await createScratchDb();
  (globalThis as { __jobQueue?: unknown }).__jobQueue = createInProcessQueue(s.db, {
    policies: queuePolicies(),
    log: () => {},
  });
});
afterAll(async () => {
  delete (globalThis as { __jobQueue?: unknown }).__jobQueue;
  await s?.cleanup();
});
beforeEach(() => {
  for (const k of Object.keys(env)) delete env[k];
  Object.assign(env, { MAIL_FROM: "Data <data@shop.example>", NODE_ENV: "test", DEMO_MODE: false });
});

describe("sendMail", () => {
  it("stores a mail job with the configured sender and returns its id", async () => {
    const sent = await sendMail({ to: "ada@example.org", subject: "Hello", text: "Body", replyTo: "sales@x.example" });
    expect(sent.transport).toBe("dev-mailbox");
    const job = await s.db.job.findUniqueOrThrow({ where: { id: sent.messageId } });
    expect(job.name).toBe(QUEUES.sendMail);
    expect(JSON.parse(job.data)).toMatchObject({
      to: "ada@example.org",
      from: "Data <data@shop.example>",
      subject: "Hello",
      text: "Body",
      replyTo: "sales@x.example",
    });
  });

  it("queues a keyed mail once", async () => {
    const mail = { to: "b@example.org", subject: "Your licence expires", text: "..." };
    const first = await sendMail(mail, { key: "licence-expiry:L1" });
    const second = await sendMail(mail, { key: "licence-expiry:L1" });
    expect(second.messageId).toBe(first.messageId);
    expect(await s.db.job.count({ where: { data: { contains: "Your licence expires" } } })).toBe(1);
  });
});

describe("mailTransportKind and devMailboxEnabled", () => {
  it("reports SMTP exactly when SMTP_URL is set", () => {
    expect(mailTransportKind()).toBe("dev-mailbox");
    env.SMTP_URL = "smtp://127.0.0.1:3452";
    expect(mailTransportKind()).toBe("smtp");
  });

  it("shows the dev mailbox outside production, and in production only in demo mode", () => {
    env.NODE_ENV = "development";
    expect(devMailboxEnabled()).toBe(true);
    env.NODE_ENV = "production";
    expect(devMailboxEnabled()).toBe(false);
    env.DEMO_MODE = true;
    expect(devMailboxEnabled()).toBe(true);
  });
});
