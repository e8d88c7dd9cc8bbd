// The pages' entry to the statistics: one query per request, shared by metadata and body through React cache().
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { getDatasetStats } from "./get-dataset-stats";

export const loadStats = cache(() => getDatasetStats(db, env.DATASET_SLUG));
