// The rules in front of next-auth's endpoints, with the real sign-in link code on a scratch database and a recording
// mail sender. The env (APP_URL) and the request's client address (read from Next's headers()) are the doubles.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { fixedClock, memoryLimiter, recordingMail, refusingLimiter, type RecordingMail } from "../testing/deps";
import type { SignInDeps } from "./magic-link";

const APP = "https://shop.example";
vi.mock("../env", () => ({ env: { APP_URL: "https://shop.example" } }));
vi.mock("../actions/request", () => ({ requestIp: async () => "203.0.113.7" }));

const { interceptAuthRequest } = await import("./auth-endpoints");

let s: ScratchDb;
beforeAll(async () => (s = await createScratchDb()));
afterAll(() => s?.cleanup());

const deps = (mail: RecordingMail, over: Partial<SignInDeps> = {}): SignInDeps => ({
  db: s.db,
  send: mail.send,
  limit: memoryLimiter(),
  now: fixedClock("2026-11-29T12:00:00Z"),
  appUrl: APP,
  secret: "test-secret-test-secret-test-secret",
  ...over,
});

const sameOrigin = { origin: APP, "sec-fetch-site": "same-origin" };
function signInPost(fields: Record<string, string>, headers: Record<string, string> = sameOrigin) {
  return new Request(`${APP}/api/auth/signin/email`, {
    method: "POST",
    headers,
    body: new URLSearchParams(fields),
  });
}

const expectCheckEmail = (r: Response | null) => {
  expect(r?.status).toBe(303);
  expect(r?.headers.get("location")).toBe(`${APP}/sign-in/check-email`);
};

describe("interceptAuthRequest: the email callback", () => {
  const callback = `${APP}/api/auth/callback/email?token=t0k&email=a%40b.org`;

  it("sends a GET of the link (a mail scanner, a cross-site navigation) to the confirmation page, query kept", async () => {
    const r = await interceptAuthRequest(deps(recordingMail()), new Request(callback), ["callback", "email"]);
    expect(r?.status).toBe(303);
    expect(r?.headers.get("location")).toBe(`${APP}/sign-in/verify?token=t0k&email=a%40b.org`);
  });

  it("lets only the confirmation page's same-origin POST through to next-auth", async () => {
    const post = (headers: Record<string, string>) => new Request(callback, { method: "POST", headers });
    expect(await interceptAuthRequest(deps(recordingMail()), post(sameOrigin), ["callback", "email"])).toBeNull();
    const cross = await interceptAuthRequest(deps(recordingMail()), post({ origin: "https://evil.example" }), [
      "callback",
      "email",
    ]);
    expect(cross?.status).toBe(303);
  });
});

describe("interceptAuthRequest: requesting a link", () => {
  it("mails a link the app's way for a same-origin POST, answering with the check-email page", async () => {
    const mail = recordingMail();
    const r = await interceptAuthRequest(
      deps(mail),
      signInPost({ email: " Ada@Example.org ", callbackUrl: "/account" }),
      ["signin", "email"],
    );
    expectCheckEmail(r);
    expect(mail.sent.map((m) => m.to)).toEqual(["ada@example.org"]);
    expect(mail.sent[0]?.text).toContain(`${APP}/sign-in/verify?`);
  });

  it("answers alike and sends nothing for a cross-site POST, a bad address, or a refused rate limit", async () => {
    const mail = recordingMail();
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    const cases: [SignInDeps, Request][] = [
      [deps(mail), signInPost({ email: "ada@example.org" }, { origin: "https://evil.example" })],
      [deps(mail), signInPost({ email: "ada@example.org" }, {})],
      [deps(mail), signInPost({ email: "Name <ada@example.org>" })],
      [deps(mail), new Request(`${APP}/api/auth/signin/email`, { method: "POST", headers: sameOrigin, body: "{" })],
      [deps(mail, { limit: refusingLimiter }), signInPost({ email: "ada@example.org" })],
    ];
    for (const [d, req] of cases) expectCheckEmail(await interceptAuthRequest(d, req, ["signin", "email"]));
    expect(mail.sent).toEqual([]);
    // Refusals are expected, not logged as failures.
    expect(quiet).not.toHaveBeenCalled();
    quiet.mockRestore();
  });

  it("answers alike when the mail cannot be sent, and logs that", async () => {
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    const r = await interceptAuthRequest(
      deps(recordingMail({ fail: true })),
      signInPost({ email: "ada@example.org" }),
      ["signin", "email"],
    );
    expectCheckEmail(r);
    expect(String(quiet.mock.calls[0]?.[0])).toContain("sign-in link request failed");
    quiet.mockRestore();
  });

  it("leaves next-auth's other endpoints alone", async () => {
    const d = deps(recordingMail());
    expect(await interceptAuthRequest(d, new Request(`${APP}/api/auth/session`), ["session"])).toBeNull();
    expect(await interceptAuthRequest(d, new Request(`${APP}/api/auth/signin/email`), ["signin", "email"])).toBeNull();
    expect(await interceptAuthRequest(d, new Request(`${APP}/api/auth/csrf`), ["csrf"])).toBeNull();
  });
});
