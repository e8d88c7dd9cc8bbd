import { describe, expect, it } from "vitest";
import { recordingMail } from "../testing/deps";
import { notifyBuyerReply } from "./notify-buyer-reply";

const deps = (send = recordingMail()) => ({
  d: { send: send.send, appUrl: "https://shop.example", salesEmail: "sales@shop.example" },
  mail: send,
});
const enquiry = { id: "enq1", reference: "ENQ-2026-0001", name: "Ada", organization: "Spine Lab" };

describe("notifyBuyerReply", () => {
  it("mails the assignee, replying to the buyer, with the desk link", async () => {
    const { d, mail } = deps();
    await notifyBuyerReply(
      d,
      { ...enquiry, assignee: { email: "sam@shop.example" } },
      "ada@example.org",
      "Thanks, <b>yes</b>",
    );
    expect(mail.sent).toHaveLength(1);
    expect(mail.sent[0]).toMatchObject({ to: "sam@shop.example", replyTo: "ada@example.org" });
    expect(mail.sent[0]!.text).toContain("https://shop.example/desk/enquiries/enq1");
    expect(mail.sent[0]!.html ?? "").not.toContain("<b>yes</b>");
  });

  it("mails the sales address when nobody is assigned", async () => {
    const { d, mail } = deps();
    await notifyBuyerReply(d, { ...enquiry, assignee: null }, "ada@example.org", "Hello");
    expect(mail.sent[0]!.to).toBe("sales@shop.example");
  });

  it("a failed mail is swallowed (the reply is already stored)", async () => {
    const { d } = deps(recordingMail({ fail: true }));
    await expect(
      notifyBuyerReply(d, { ...enquiry, assignee: null }, "ada@example.org", "Hello"),
    ).resolves.toBeUndefined();
  });
});
