// The pages' entry to the sample catalogue: the app's db singleton, and React cache() so metadata and body share a query.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { getSampleStudy } from "./get-sample-study";
import { listSampleStudies } from "./list-sample-studies";

export const loadSampleStudies = cache(() => listSampleStudies(db));
export const loadSampleStudy = cache((key: string) => getSampleStudy(db, key));
