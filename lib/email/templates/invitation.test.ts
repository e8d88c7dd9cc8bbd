import { describe, expect, it } from "vitest";
import { invitationMail } from "./invitation";

describe("invitationMail", () => {
  it("names the role in lower case and the organisation when there is one", async () => {
    const m = await invitationMail({ signInUrl: "https://shop.example/sign-in", role: "SALES", organization: "Acme" });
    expect(m.subject).toBe("You have been invited to the Lumbar Spine MRI Dataset");
    expect(m.text).toContain("(role: sales, organisation: Acme).");
    expect(m.text).toContain("Go to sign in:\nhttps://shop.example/sign-in");
  });

  it("leaves the organisation out when there is none", async () => {
    for (const organization of [null, undefined, ""]) {
      const m = await invitationMail({ signInUrl: "https://s.example", role: "CUSTOMER", organization });
      expect(m.text).toContain("(role: customer).");
    }
  });

  it("escapes the organisation name in the HTML part", async () => {
    const m = await invitationMail({ signInUrl: "https://s.example", role: "ADMIN", organization: "<b>Acme</b>" });
    expect(m.html).not.toContain("<b>Acme");
    expect(m.html).toContain("&lt;b&gt;Acme&lt;/b&gt;");
  });
});
