// The enquiry mails: every answer the buyer gave appears in both parts, missing answers read as such, and whatever the
// buyer typed is escaped in the HTML that sales open.
import { describe, expect, it } from "vitest";
import {
  buyerReplyNotificationMail,
  deskReplyMail,
  enquiryConfirmationMail,
  enquiryNotificationMail,
  type EnquirySummary,
} from "./enquiry";

const EVIL = `<img src=x onerror="alert(1)">`;

const enquiry: EnquirySummary = {
  id: "e1",
  reference: "ENQ-2026-00042",
  name: "Ada Lovelace",
  email: "ada@example.org",
  organization: "Analytical Engines Ltd",
  country: "United Kingdom",
  jobRole: "Researcher",
  intendedUse: "Academic research",
  conditions: ["Spondylolisthesis", "Disc herniation"],
  studyCount: 12500,
  timeline: "Within 3 months",
  message: "Line one\nLine two",
};

describe("enquiryConfirmationMail", () => {
  it("addresses the buyer, lists every answer and links to their enquiries", async () => {
    const m = await enquiryConfirmationMail(enquiry, "sales@example.org", "https://shop.example/account/enquiries");
    expect(m.subject).toBe("We received your enquiry ENQ-2026-00042");
    expect(m.text.startsWith("Dear Ada Lovelace,\n\n")).toBe(true);
    for (const line of [
      "Name: Ada Lovelace",
      "Email: ada@example.org",
      "Organisation: Analytical Engines Ltd",
      "Country: United Kingdom",
      "Role: Researcher",
      "Intended use: Academic research",
      "Conditions: Spondylolisthesis, Disc herniation",
      "Number of studies: 12,500",
      "Timeline: Within 3 months",
      "Message: Line one\nLine two",
    ]) {
      expect(m.text).toContain(line);
    }
    expect(m.text).toContain("Your enquiries:\nhttps://shop.example/account/enquiries");
    expect(m.text).toContain("write to sales@example.org.");
    expect(m.html).toContain('href="https://shop.example/account/enquiries"');
  });

  it("says what was not given: no conditions, no study count, no message", async () => {
    const m = await enquiryConfirmationMail(
      { ...enquiry, conditions: [], studyCount: null, message: "" },
      "sales@example.org",
      "https://shop.example/e",
    );
    expect(m.text).toContain("Conditions: not specified");
    expect(m.text).toContain("Number of studies: not specified");
    expect(m.text).toContain("Message: (none)");
  });

  it("escapes the buyer's input in the HTML part", async () => {
    const m = await enquiryConfirmationMail(
      { ...enquiry, name: EVIL, organization: EVIL, message: EVIL, conditions: [EVIL] },
      "sales@example.org",
      "https://shop.example/e",
    );
    expect(m.html).not.toContain("<img");
    expect(m.html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });
});

describe("enquiryNotificationMail", () => {
  it("tells sales who asked, for what, with a link to the desk", async () => {
    const m = await enquiryNotificationMail(enquiry, "https://shop.example/desk/enquiries/e1", "research");
    expect(m.subject).toBe("New enquiry ENQ-2026-00042: Analytical Engines Ltd (research)");
    expect(m.text.startsWith("Ada Lovelace <ada@example.org> sent an enquiry.\n\n")).toBe(true);
    expect(m.text).toContain("Organisation: Analytical Engines Ltd");
    expect(m.text).toContain("Open it on the sales desk:\nhttps://shop.example/desk/enquiries/e1");
  });

  it("escapes the buyer's input, including the name and address in the opening line", async () => {
    const m = await enquiryNotificationMail(
      { ...enquiry, name: EVIL, email: "x@example.org", message: "</td></tr></table><script>x</script>" },
      "https://shop.example/d",
      "research",
    );
    expect(m.html).not.toContain("<img");
    expect(m.html).not.toContain("<script>");
    expect(m.html).toContain("&lt;x@example.org&gt;");
  });
});

describe("deskReplyMail and buyerReplyNotificationMail", () => {
  it("sends sales' reply under their name, with the body as typed", async () => {
    const m = await deskReplyMail({ subject: "Your quote", body: "Hello,\n\n<b>Price</b>: 10", senderName: "Grace" });
    expect(m.subject).toBe("Your quote");
    expect(m.text).toBe("Hello,\n\n<b>Price</b>: 10\n\n--\nGrace, Lumbar Spine MRI Dataset sales");
    expect(m.html).not.toContain("<b>");
    expect(m.html).toContain("&lt;b&gt;Price&lt;/b&gt;");
  });

  it("tells sales a buyer answered, quoting the answer, escaped", async () => {
    const m = await buyerReplyNotificationMail(
      { reference: "ENQ-2026-00042", name: "Ada", organization: "AE Ltd", body: EVIL },
      "https://shop.example/desk/enquiries/e1",
    );
    expect(m.subject).toBe("Reply from Ada on ENQ-2026-00042");
    expect(m.text).toContain("Ada (AE Ltd) answered on their enquiry ENQ-2026-00042:\n\n" + EVIL);
    expect(m.html).not.toContain("<img");
  });
});
