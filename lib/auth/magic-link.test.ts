// Sign-in links on a scratch database with a recording mail sender: the token is stored before the mail goes (the
// sender checks), a failed send leaves no live token, and refusals store and send nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { fixedClock, memoryLimiter, recordingMail, refusingLimiter } from "../testing/deps";
import { hashVerificationToken, MAGIC_LINK_MAX_AGE_S, requestSignInLink, type SignInDeps } from "./magic-link";

let s: ScratchDb;
const appUrl = "https://shop.example";
const secret = "test-secret-test-secret-test-secret";
const now = fixedClock("2026-11-29T12:00:00Z");
beforeAll(async () => {
  s = await createScratchDb();
});
afterAll(() => s?.cleanup());

const deps = (over: Partial<SignInDeps> = {}): SignInDeps => ({
  db: s.db,
  send: recordingMail().send,
  limit: memoryLimiter(),
  now,
  appUrl,
  secret,
  ...over,
});
const tokenFromMail = (text: string) => new URL(/https:\/\/\S+/.exec(text)![0]).searchParams.get("token")!;

describe("requestSignInLink", () => {
  it("stores the hashed token before mailing a confirmation link; a new request replaces the old token", async () => {
    const mail = recordingMail({
      onSend: async () =>
        expect(await s.db.verificationToken.count({ where: { identifier: "ada@example.org" } })).toBe(1),
    });
    await requestSignInLink(deps({ send: mail.send }), "ada@example.org", "/account", "10.0.0.4");
    expect(mail.sent).toHaveLength(1);
    const link = /https:\/\/\S+/.exec(mail.sent[0]!.text)![0];
    expect(link.startsWith(`${appUrl}/sign-in/verify?`)).toBe(true);
    expect(new URL(link).searchParams.get("callbackUrl")).toBe(`${appUrl}/account`);
    const token = tokenFromMail(mail.sent[0]!.text);
    const row = await s.db.verificationToken.findFirstOrThrow({ where: { identifier: "ada@example.org" } });
    expect(row.token).toBe(hashVerificationToken(token, secret));
    expect(row.expires.getTime()).toBe(now().getTime() + MAGIC_LINK_MAX_AGE_S * 1000);

    await requestSignInLink(deps({ send: mail.send }), "ada@example.org", "/account", "10.0.0.4");
    const rows = await s.db.verificationToken.findMany({ where: { identifier: "ada@example.org" } });
    expect(rows.map((r) => r.token)).toEqual([hashVerificationToken(tokenFromMail(mail.sent[1]!.text), secret)]);
  });

  it("removes the token again when the mail cannot be sent", async () => {
    await expect(
      requestSignInLink(deps({ send: recordingMail({ fail: true }).send }), "bob@example.org", "/", "ip"),
    ).rejects.toThrow("SMTP");
    expect(await s.db.verificationToken.count({ where: { identifier: "bob@example.org" } })).toBe(0);
  });

  it("a disabled account gets the same quiet answer: nothing stored, nothing sent", async () => {
    await s.db.user.create({ data: { email: "gone@example.org", disabled: true } });
    const mail = recordingMail();
    await requestSignInLink(deps({ send: mail.send }), "gone@example.org", "/", "ip");
    expect(mail.sent).toHaveLength(0);
    expect(await s.db.verificationToken.count({ where: { identifier: "gone@example.org" } })).toBe(0);
  });

  it("a rate-limited request is refused with the wait, storing and sending nothing", async () => {
    const mail = recordingMail();
    await expect(
      requestSignInLink(deps({ send: mail.send, limit: refusingLimiter }), "cy@example.org", "/", "ip"),
    ).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringContaining("2 minutes"),
    });
    expect(mail.sent).toHaveLength(0);
    expect(await s.db.verificationToken.count({ where: { identifier: "cy@example.org" } })).toBe(0);
  });

  it("counts per address and requester: the sixth request from one place within the window is refused", async () => {
    const d = deps();
    for (let i = 0; i < 5; i++) await requestSignInLink(d, "dee@example.org", "/", "10.9.9.9");
    await expect(requestSignInLink(d, "dee@example.org", "/", "10.9.9.9")).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    await requestSignInLink(d, "dee@example.org", "/", "10.8.8.8");
  });
});
