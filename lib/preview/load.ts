// The pages' entry to the sample catalogue: the app's db singleton, and React cache() so metadata and body share a query.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { getSampleStudy } from "./get-sample-study";
import { atRuntime } from "../storefront/build-phase";
import { listSampleStudies } from "./list-sample-studies";

// During `next build` (no database) the cached /preview page gets a placeholder that is never served (build-phase.ts).
export const loadSampleStudies = cache(() => atRuntime(() => listSampleStudies(db), []));
export const loadSampleStudy = cache((key: string) => getSampleStudy(db, key));
