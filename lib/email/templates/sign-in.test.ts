import { describe, expect, it } from "vitest";
import { signInMail } from "./sign-in";

describe("signInMail", () => {
  it("names the host, links once and says when the link expires, in whole hours", async () => {
    const url = "https://shop.example/api/auth/callback/email?token=abc&email=a%40b.org";
    const m = await signInMail({ url, host: "shop.example", validForS: 24 * 3600 });
    expect(m.subject).toBe("Sign in to shop.example");
    expect(m.text).toContain("It works once and expires in 24 hours.");
    expect(m.text).toContain(`Sign in:\n${url}`);
    expect(m.html).toContain(`href="${url.replace(/&/g, "&amp;")}"`);
    expect((await signInMail({ url, host: "h", validForS: 5400 })).text).toContain("expires in 2 hours.");
  });

  it("does not claim zero hours for a link valid under half an hour", async () => {
    const m = await signInMail({ url: "https://s.example/x", host: "h", validForS: 15 * 60 });
    expect(m.text).toContain("It works once.");
    expect(m.text).not.toContain("0 hours");
  });
});
