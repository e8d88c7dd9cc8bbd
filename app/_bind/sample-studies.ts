// The pages' entry to the sample catalogue: the app's db singleton, and React cache() so metadata and body share a query.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { atRuntime } from "@/lib/storefront/build-phase";
import { getSampleStudy } from "@/lib/preview/get-sample-study";
import { listSampleStudies } from "@/lib/preview/list-sample-studies";

// During `next build` (no database) the cached /preview page gets a placeholder that is never served (build-phase.ts).
export const loadSampleStudies = cache(() => atRuntime(() => listSampleStudies(db), []));
export const loadSampleStudy = cache((key: string) => getSampleStudy(db, key));
