// The condition names buyers can pick, from the dataset's imported statistics.
import type { Db } from "../db/create-client";

/** Condition names of dataset `slug`, the one with most studies (summed over methods) first; [] without figures. */
export async function listKnownConditions(db: Db, slug: string): Promise<string[]> {
  const rows = await db.conditionStat.groupBy({
    by: ["condition"],
    where: { dataset: { slug } },
    _sum: { studies: true },
    orderBy: { _sum: { studies: "desc" } },
  });
  return rows.map((r) => r.condition);
}
