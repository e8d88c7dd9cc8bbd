// One enquiry for the desk: its assignee, its timeline in order (ties broken by id), and its parsed conditions.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { getEnquiry } from "./detail";
import { enquiryRow } from "./test-utils/enquiry";

let s: ScratchDb;
beforeAll(async () => (s = await createScratchDb()));
afterAll(() => s?.cleanup());

describe("getEnquiry", () => {
  it("is null for an unknown id", async () => {
    expect(await getEnquiry(s.db, "nope")).toBeNull();
  });

  it("returns the enquiry with its assignee, its events oldest first with their actor, and its conditions", async () => {
    const staff = await s.db.user.create({ data: { email: "sales@shop.example", name: "Sam", role: "SALES" } });
    const e = await s.db.enquiry.create({
      data: enquiryRow({}, { assigneeId: staff.id, conditions: '["Stenosis","Disc herniation"]' }),
    });
    const t = new Date("2026-02-01T10:00:00Z");
    await s.db.enquiryEvent.create({
      data: { enquiryId: e.id, type: "note", body: "later", createdAt: new Date(t.getTime() + 1000) },
    });
    await s.db.enquiryEvent.create({
      data: { enquiryId: e.id, type: "note", body: "first", actorId: staff.id, createdAt: t },
    });

    const d = await getEnquiry(s.db, e.id);
    expect(d?.assignee).toEqual({ id: staff.id, name: "Sam", email: "sales@shop.example" });
    expect(d?.events.map((ev) => [ev.body, ev.actor?.email ?? null])).toEqual([
      ["first", "sales@shop.example"],
      ["later", null],
    ]);
    expect(d?.conditionList).toEqual(["Stenosis", "Disc herniation"]);
  });
});
