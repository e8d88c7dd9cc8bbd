// The enquiry page's condition list: the app's db and dataset, and React cache() so one request asks once.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { listKnownConditions } from "@/lib/enquiries/known-conditions";

export const knownConditions = cache((): Promise<string[]> => listKnownConditions(db, env.DATASET_SLUG));
