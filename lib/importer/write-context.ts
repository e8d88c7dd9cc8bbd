// What every database write of one run needs to know, and what it reports back.
import type { Db } from "../db/create-client";
import type { ReportIndex } from "./find-reports";
import type { Problem } from "./types";

export interface WriteContext {
  datasetId: string;
  root: string;
  /** What Study.storageRoot records for a study: the import folder, or where its files were copied (storage location). */
  locationFor(studyUid: string): string;
  sample: boolean;
  reports: ReportIndex;
}

export interface Written {
  studyIds: string[];
  studies: number;
  series: number;
  instances: number;
  problems: Problem[];
}

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
