// Agreement versions and acceptances on a scratch database: each text hashed as published, accepting only the exact
// current text of the right use.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import {
  currentAgreement,
  listAgreements,
  normaliseAgreementText,
  publishAgreement,
  recordAcceptance,
  sha256Hex,
} from "./agreements";

let s: ScratchDb;
let orgId: string;
const user = { id: "u1", email: "buyer@example.org" };
const now = new Date("2026-04-01T09:00:00Z");
const text = (n: number) => `Research licence terms, edition ${n}.\nUse the data for research only.`;

beforeAll(async () => {
  s = await createScratchDb();
  orgId = (await s.db.organization.create({ data: { name: "ACME" } })).id;
});
afterAll(() => s?.cleanup());

describe("publishAgreement", () => {
  it("numbers versions per use and hashes the text with normalised line endings", async () => {
    const v1 = await publishAgreement(s.db, null, {
      use: "research",
      title: " Research ",
      text: text(1).replace(/\n/g, "\r\n"),
    });
    expect(v1).toMatchObject({ version: 1, title: "Research", text: `${text(1)}\n` });
    expect(v1.sha256).toBe(sha256Hex(normaliseAgreementText(text(1))));
    expect((await publishAgreement(s.db, null, { use: "commercial", title: "C", text: text(1) })).version).toBe(1);
    expect((await publishAgreement(s.db, null, { use: "research", title: "R", text: text(2) })).version).toBe(2);
    expect((await currentAgreement(s.db, "research"))?.version).toBe(2);
    expect((await listAgreements(s.db)).map((a) => [a.use, a.version])).toEqual([
      ["commercial", 1],
      ["research", 2],
      ["research", 1],
    ]);
  });

  it("refuses to publish the current text again, or a text too short", async () => {
    await expect(
      publishAgreement(s.db, null, { use: "research", title: "R", text: `${text(2)}\r\n\r\n` }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(
      publishAgreement(s.db, null, { use: "research", title: "R", text: "  too short  " }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
    });
  });
});

describe("recordAcceptance", () => {
  const accept = (agreementVersionId: string, sha256: string, use = "research") =>
    s.db.$transaction((tx) =>
      recordAcceptance(
        tx,
        { agreementVersionId, sha256, use, user, organizationId: orgId, ip: "203.0.113.2", userAgent: "x".repeat(600) },
        now,
      ),
    );

  it("records who accepted which exact text, when and from where", async () => {
    const v = (await currentAgreement(s.db, "research"))!;
    const a = await accept(v.id, v.sha256);
    expect(a).toMatchObject({
      version: 2,
      sha256: v.sha256,
      userEmail: user.email,
      ip: "203.0.113.2",
      acceptedAt: now,
    });
    expect(a.userAgent).toHaveLength(500);
  });

  it("refuses an old version, a changed text, or another use's agreement", async () => {
    const all = await s.db.agreementVersion.findMany();
    const old = all.find((v) => v.use === "research" && v.version === 1)!;
    const current = all.find((v) => v.use === "research" && v.version === 2)!;
    const commercial = all.find((v) => v.use === "commercial")!;
    await expect(accept(old.id, old.sha256)).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("newer"),
    });
    await expect(accept(current.id, old.sha256)).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("changed"),
    });
    await expect(accept(commercial.id, commercial.sha256)).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(accept("missing", current.sha256)).rejects.toMatchObject({ code: "VALIDATION" });
  });
});
