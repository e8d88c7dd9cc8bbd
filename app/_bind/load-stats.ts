// The pages' entry to the statistics: one query per request, shared by metadata and body through React cache().
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { atRuntime } from "@/lib/storefront/build-phase";
import { getDatasetStats } from "@/lib/dataset/get-dataset-stats";

// During `next build` (no database) the cached pages get a placeholder that is never served (build-phase.ts).
export const loadStats = cache(() => atRuntime(() => getDatasetStats(db, env.DATASET_SLUG), null));
