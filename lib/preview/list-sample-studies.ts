// The /preview catalogue: published sample studies with what a buyer scans for (planes, counts, scanner, age/sex).
import type { Db } from "@/lib/db";
import { PUBLIC_SAMPLE } from "./sample-scope";

export interface SampleStudySummary {
  id: string;
  description: string | null;
  planes: string[];
  seriesCount: number;
  imageCount: number;
  scanner: string | null;
  patientAge: string | null;
  patientSex: string | null;
  /** An instance whose JPG can stand for the study (a middle slice of the first series with JPGs). */
  thumbnailInstanceId: string | null;
}

/** "Philips Medical Systems Intera 1.5T" from whichever parts the study has. */
export function scannerLabel(s: {
  manufacturer: string | null;
  model: string | null;
  fieldStrength: number | null;
}): string | null {
  const parts = [s.manufacturer, s.model, s.fieldStrength ? `${s.fieldStrength}T` : null].filter(Boolean);
  return parts.length ? parts.join(" ") : null;
}

/** Distinct planes in display order: sagittal, axial, coronal, then anything else. */
export function orderedPlanes(planes: (string | null)[]): string[] {
  const rank = (p: string) => ["sagittal", "axial", "coronal"].indexOf(p.toLowerCase()) >>> 0;
  return [...new Set(planes.filter((p): p is string => !!p))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

export async function listSampleStudies(db: Db, limit = 24): Promise<SampleStudySummary[]> {
  const studies = await db.study.findMany({
    where: PUBLIC_SAMPLE,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: limit,
    select: {
      id: true,
      description: true,
      manufacturer: true,
      model: true,
      fieldStrength: true,
      patientAge: true,
      patientSex: true,
      series: {
        orderBy: [{ seriesNumber: "asc" }, { id: "asc" }],
        select: {
          plane: true,
          _count: { select: { instances: true } },
          instances: {
            where: { rows: { not: null }, columns: { not: null } },
            select: { id: true },
            orderBy: [{ instanceNumber: "asc" }, { id: "asc" }],
          },
        },
      },
    },
  });
  return studies.map((s) => {
    const withJpg = s.series.find((x) => x.instances.length > 0);
    const middle = withJpg ? withJpg.instances[Math.max(0, Math.floor((withJpg.instances.length - 1) / 2))] : undefined;
    return {
      id: s.id,
      description: s.description,
      planes: orderedPlanes(s.series.map((x) => x.plane)),
      seriesCount: s.series.length,
      imageCount: s.series.reduce((n, x) => n + x._count.instances, 0),
      scanner: scannerLabel(s),
      patientAge: s.patientAge,
      patientSex: s.patientSex,
      thumbnailInstanceId: middle?.id ?? null,
    };
  });
}
