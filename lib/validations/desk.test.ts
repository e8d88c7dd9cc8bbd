import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "./form";
import { assignSchema, changeStatusSchema, enquiryStatuses, noteSchema, replySchema, statusLabels } from "./desk";

describe("desk schemas", () => {
  it("accepts the known statuses only, each with a label", () => {
    for (const status of enquiryStatuses) {
      expect(changeStatusSchema.parse({ enquiryId: "e", status }).status).toBe(status);
      expect(statusLabels[status]).toMatch(/^[A-Z][a-z]+$/);
    }
    expect(fieldErrorsOf(changeStatusSchema.safeParse({ enquiryId: "e", status: "new" }).error!)).toEqual({
      status: ["Choose a status"],
    });
  });

  it("treats an empty assignee as unassigning", () => {
    expect(assignSchema.parse({ enquiryId: "e", assigneeId: " " })).toEqual({ enquiryId: "e", assigneeId: "" });
  });

  it("requires a note's body and bounds it", () => {
    expect(fieldErrorsOf(noteSchema.safeParse({ enquiryId: "e", body: "  " }).error!)).toEqual({
      body: ["Enter a note"],
    });
    expect(noteSchema.safeParse({ enquiryId: "e", body: "x".repeat(5001) }).success).toBe(false);
  });

  it("reads a reply with subject, body and the mark-contacted box in either shape", () => {
    const base = { enquiryId: "e", subject: " Quote ", body: "Hi" };
    expect(replySchema.parse({ ...base, markContacted: "on" })).toEqual({
      enquiryId: "e",
      subject: "Quote",
      body: "Hi",
      markContacted: true,
    });
    expect(replySchema.parse({ ...base, markContacted: true }).markContacted).toBe(true);
    expect(replySchema.parse(base).markContacted).toBe(false);
    expect(fieldErrorsOf(replySchema.safeParse({ enquiryId: "e", subject: "", body: "" }).error!)).toEqual({
      subject: ["Enter a subject"],
      body: ["Enter a message"],
    });
  });
});
