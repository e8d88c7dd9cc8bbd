// What a fresh database needs for licensing: a price list and one agreement per use, published only when absent.
import type { Db } from "../db/create-client";
import { DEFAULT_AGREEMENTS, publishAgreement } from "./agreements";
import { DEFAULT_PRICE_LIST, publishPriceList } from "./price-list";

export async function seedLicensing(db: Db): Promise<string[]> {
  const done: string[] = [];
  if ((await db.priceList.count()) === 0) {
    const list = await publishPriceList(db, null, DEFAULT_PRICE_LIST);
    done.push(`price list version ${list.version}`);
  }
  for (const a of DEFAULT_AGREEMENTS) {
    if ((await db.agreementVersion.count({ where: { use: a.use } })) === 0) {
      const v = await publishAgreement(db, null, a);
      done.push(`${a.use} agreement version ${v.version}`);
    }
  }
  return done;
}
