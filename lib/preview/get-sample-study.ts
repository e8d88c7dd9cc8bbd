// One published sample study for /preview/[study]: its series and instances in viewing order, nothing identifying.
import type { Db } from "@/lib/db";
import { orderedPlanes, scannerLabel } from "./list-sample-studies";
import { PUBLIC_SAMPLE } from "./sample-scope";

export interface ViewerInstance {
  id: string;
  instanceNumber: number | null;
  sliceLocation: number | null;
  rows: number | null;
  columns: number | null;
  frames: number;
  hasJpg: boolean;
  sizeBytes: number;
}

export interface ViewerSeries {
  id: string;
  plane: string | null;
  description: string | null;
  seriesNumber: number | null;
  instances: ViewerInstance[];
}

export interface ViewerStudy {
  id: string;
  description: string | null;
  scanner: string | null;
  bodyPart: string | null;
  patientAge: string | null;
  patientSex: string | null;
  planes: string[];
  hasReport: boolean;
  series: ViewerSeries[];
}

/** Instances by instance number, then slice location, then id: the order a radiologist scrolls. */
export function compareInstances(a: ViewerInstance, b: ViewerInstance): number {
  const n = (a.instanceNumber ?? Infinity) - (b.instanceNumber ?? Infinity);
  if (n) return n;
  const l = (a.sliceLocation ?? 0) - (b.sliceLocation ?? 0);
  return l || a.id.localeCompare(b.id);
}

/** Sagittal series first (the dataset's main view), then axial, then the rest, each by series number. */
function seriesRank(s: ViewerSeries): number {
  const i = ["sagittal", "axial", "coronal"].indexOf((s.plane ?? "").toLowerCase());
  return i < 0 ? 3 : i;
}

/**
 * `key` is the Study id (what /preview links to) or its StudyInstanceUID (stable across re-imports, so a shared
 * link survives one). Anything that is not a published sample answers null, which the page turns into a 404.
 */
export async function getSampleStudy(db: Db, key: string): Promise<ViewerStudy | null> {
  if (!key || key.length > 128) return null;
  const study = await db.study.findFirst({
    where: { ...PUBLIC_SAMPLE, OR: [{ id: key }, { studyInstanceUid: key }] },
    include: {
      series: {
        include: {
          instances: {
            select: {
              id: true,
              instanceNumber: true,
              sliceLocation: true,
              rows: true,
              columns: true,
              frames: true,
              sizeBytes: true,
            },
          },
        },
      },
    },
  });
  if (!study) return null;
  const series: ViewerSeries[] = study.series
    .map((s) => ({
      id: s.id,
      plane: s.plane,
      description: s.description,
      seriesNumber: s.seriesNumber,
      instances: s.instances
        // A JPG is rendered from the DICOM pixels on request (render-jpg.ts): every image instance has one.
        .map((i) => ({ ...i, hasJpg: i.rows !== null && i.columns !== null }))
        .sort(compareInstances),
    }))
    .filter((s) => s.instances.length > 0)
    .sort((a, b) => seriesRank(a) - seriesRank(b) || (a.seriesNumber ?? 0) - (b.seriesNumber ?? 0));
  return {
    id: study.id,
    description: study.description,
    scanner: scannerLabel(study),
    bodyPart: study.bodyPart,
    patientAge: study.patientAge,
    patientSex: study.patientSex,
    planes: orderedPlanes(series.map((s) => s.plane)),
    hasReport: study.reportKey !== null,
    series,
  };
}
