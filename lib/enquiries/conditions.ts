// The condition names buyers can pick, from the dataset's imported statistics.
import "server-only";
import { cache } from "react";
import { db } from "../db";
import { env } from "../env";

export const knownConditions = cache(async (): Promise<string[]> => {
  const rows = await db.conditionStat.groupBy({
    by: ["condition"],
    where: { dataset: { slug: env.DATASET_SLUG } },
    _sum: { studies: true },
    orderBy: { _sum: { studies: "desc" } },
  });
  return rows.map((r) => r.condition);
});
