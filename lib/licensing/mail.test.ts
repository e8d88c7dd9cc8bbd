// Licensing mails: subject, the facts in the text (dates as ISO days, money formatted, use labelled), the link, and
// the reason when there is one; the HTML escapes what customers or staff typed.
import { describe, expect, it } from "vitest";
import { invoiceMail, licenceChangedMail, orderChangedMail, quoteMail } from "./mail";
import { formatMoney } from "./money";

const licence = {
  number: "LIC-2026-0007",
  use: "commercial",
  cohortLabel: "Disc herniation, MRI 3T",
  studyCount: 12345,
  startsAt: new Date("2026-03-01T12:00:00Z"),
  expiresAt: null,
};

describe("licensing mails", () => {
  it("a licence change names the licence, the change, its facts and the link", async () => {
    const m = await licenceChangedMail("suspended", licence, "https://shop.example/account/licences/l1", "unpaid");
    expect(m.subject).toBe("Licence LIC-2026-0007: suspended");
    expect(m.text).toContain("Downloads under it are paused.");
    expect(m.text).toContain("Reason: unpaid");
    expect(m.text).toContain("Use: Commercial");
    expect(m.text).toContain("Cohort: Disc herniation, MRI 3T (12,345 studies)");
    expect(m.text).toContain("Starts: 2026-03-01");
    expect(m.text).toContain("Expires: -");
    expect(m.text).toContain("https://shop.example/account/licences/l1");
    expect(m.html).toContain('href="https://shop.example/account/licences/l1"');
  });

  it("has its own sentence for every kind of change, and no reason line without a reason", async () => {
    const kinds = ["granted", "activated", "extended", "revoked", "suspended", "reinstated", "expired"] as const;
    const firsts = new Set<string>();
    for (const k of kinds) {
      const m = await licenceChangedMail(k, licence, "https://x/l");
      expect(m.text).not.toContain("Reason:");
      firsts.add(m.text.split("\n\n")[0]!);
    }
    expect(firsts.size).toBe(kinds.length);
  });

  it("shows an unknown use as stored, and escapes a typed reason in the HTML", async () => {
    const m = await licenceChangedMail("revoked", { ...licence, use: "teaching" }, "https://x/l", "<b>abuse</b> & co");
    expect(m.text).toContain("Use: teaching");
    expect(m.html).not.toContain("<b>abuse</b>");
    expect(m.html).toContain("&lt;b&gt;abuse&lt;/b&gt;");
  });

  it("the invoice mail quotes the invoice number and the amount", async () => {
    const m = await invoiceMail(
      { invoice: "INV-42", amountMinor: 123456, currency: "EUR", cohortLabel: "All studies" },
      "https://x/o",
    );
    expect(m.subject).toBe("Invoice INV-42");
    expect(m.text).toContain(`Invoice INV-42 for ${formatMoney(123456, "EUR")}`);
    expect(m.text).toContain("quoting INV-42");
    expect(m.text).toContain(`Amount: ${formatMoney(123456, "EUR")}`);
  });

  it("the quote mail gives its number, total and validity day; an order change its title and body", async () => {
    const q = await quoteMail(
      {
        number: "Q-9",
        totalMinor: 500000,
        currency: "USD",
        validUntil: new Date("2026-12-31T23:00:00Z"),
        cohortLabel: "X",
      },
      "https://x/q",
    );
    expect(q.subject).toBe("Quote Q-9");
    expect(q.text).toContain("Valid until: 2026-12-31");
    expect(q.text).toContain(`Total: ${formatMoney(500000, "USD")}`);
    const o = await orderChangedMail("Order cancelled", "Your order was cancelled.", "https://x/o");
    expect(o).toMatchObject({ subject: "Order cancelled" });
    expect(o.text).toContain("Your order was cancelled.\n\nView the order:\nhttps://x/o");
  });
});
