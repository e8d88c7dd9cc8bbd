// seedLicensing on a fresh scratch database: it publishes the default price list and one agreement per use, says what
// it did, and on a database that already has them publishes nothing more (it never replaces what an admin set).
import { afterEach, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import {
  currentAgreement,
  DEFAULT_AGREEMENTS,
  publishAgreement,
  sha256Hex,
  normaliseAgreementText,
} from "./agreements";
import { DEFAULT_PRICE_LIST, getLivePriceList, publishPriceList } from "./price-list";
import { seedLicensing } from "./seed";
import { USES } from "./uses";

let scratch: ScratchDb | undefined;
afterEach(async () => {
  await scratch?.cleanup();
  scratch = undefined;
});

describe("seedLicensing", () => {
  it("on an empty database publishes price list 1 and version 1 of each agreement, and reports each", async () => {
    scratch = await createScratchDb();
    const db = scratch.db;
    expect(await seedLicensing(db)).toEqual([
      "price list version 1",
      ...DEFAULT_AGREEMENTS.map((a) => `${a.use} agreement version 1`),
    ]);
    const list = await getLivePriceList(db);
    expect(list).toMatchObject({
      version: 1,
      currency: DEFAULT_PRICE_LIST.currency,
      termMonths: DEFAULT_PRICE_LIST.termMonths,
      uses: DEFAULT_PRICE_LIST.uses,
    });
    for (const use of USES) {
      const a = await currentAgreement(db, use);
      const def = DEFAULT_AGREEMENTS.find((d) => d.use === use)!;
      expect(a).toMatchObject({ version: 1, title: def.title, sha256: sha256Hex(normaliseAgreementText(def.text)) });
    }
    // each publication audited, by no one (the seed)
    expect(
      await db.auditEvent.count({
        where: { action: { in: ["pricelist.published", "agreement.published"] }, actorId: null },
      }),
    ).toBe(1 + USES.length);
  });

  it("run again, or over what an admin published, changes nothing and reports nothing", async () => {
    scratch = await createScratchDb();
    const db = scratch.db;
    const custom = await publishPriceList(db, null, { ...DEFAULT_PRICE_LIST, currency: "GBP", note: "admin's" });
    await publishAgreement(db, null, {
      use: "research",
      title: "Our own research terms",
      text: "Custom research licence text, long enough.",
    });
    // only the missing commercial agreement is added
    expect(await seedLicensing(db)).toEqual(["commercial agreement version 1"]);
    expect(await seedLicensing(db)).toEqual([]);
    expect(await db.priceList.count()).toBe(1);
    expect((await getLivePriceList(db))?.id).toBe(custom.id);
    expect(await db.agreementVersion.count()).toBe(2);
    expect((await currentAgreement(db, "research"))?.title).toBe("Our own research terms");
  });
});
