import { describe, expect, it } from "vitest";
import { actionLabel, actorLabel, addressLabel, detailEntries, targetHref } from "./describe";

const row = (over: Partial<Parameters<typeof actorLabel>[0]> = {}) => ({
  action: "user.created",
  actorEmail: null,
  targetType: "user",
  targetId: "u1",
  details: null,
  ip: null,
  ...over,
});

describe("the audit log in words", () => {
  it("names the actor: a person, the CLI, a buyer on the form, or the system", () => {
    expect(actorLabel(row({ actorEmail: "admin@example.org" }))).toBe("admin@example.org");
    expect(actorLabel(row({ details: JSON.stringify({ via: "cli" }) }))).toBe("CLI");
    expect(actorLabel(row({ action: "enquiry.created" }))).toBe("Buyer (public enquiry form)");
    expect(actorLabel(row())).toBe("System");
  });

  it("shows addresses readably", () => {
    expect(addressLabel("::1::/64")).toBe("this machine (loopback)");
    expect(addressLabel("::ffff:10.1.2.3")).toBe("10.1.2.3");
    expect(addressLabel("2001:db8:1:2::/64")).toBe("IPv6 network 2001:db8:1:2::/64");
    expect(addressLabel("203.0.113.9")).toBe("203.0.113.9");
    expect(addressLabel(null)).toBeNull();
  });

  it("turns details into labelled values and links the target", () => {
    const assigned = row({
      action: "enquiry.assigned",
      targetType: "enquiry",
      targetId: "e1",
      details: JSON.stringify({ from: null, to: "u9", toEmail: "sam@example.org", toName: "Sam" }),
    });
    expect(detailEntries(assigned)).toEqual([
      ["To", "sam@example.org"],
      ["Assignee", "Sam"],
    ]);
    expect(targetHref(assigned)).toBe("/desk/enquiries/e1");
    const created = row({ details: JSON.stringify({ email: "a@b.org", role: "SALES", via: "cli", newUser: true }) });
    expect(detailEntries(created)).toEqual([
      ["Email", "a@b.org"],
      ["Role", "SALES"],
      ["New user", "yes"],
    ]);
    expect(targetHref(created)).toBe("/desk/admin/users?q=a%40b.org");
    expect(actionLabel("enquiry.status_changed")).toBe("Enquiry status changed");
  });
});
