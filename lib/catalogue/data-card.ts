// Everything the data card (/dataset) generates from data: catalogue facts and change log, the label values in use,
// acquisition parameters seen in the catalogue, and the transfer syntaxes of the imported DICOM. All small reads.
import type { Db } from "../db/create-client";
import { transferSyntax } from "../dicom/transfer-syntax";
import { breakdownOf, catalogueIndex, type Breakdown } from "./engine";
import { EMPTY_FILTER } from "./filter";
import { datasetIdOf } from "./cohort-view";
import { listVersions } from "./versions";

export type DataCard = {
  version: { number: number; createdAt: Date; studies: number; sizeBytes: number } | null;
  versions: {
    number: number;
    createdAt: Date;
    source: string;
    note: string | null;
    studies: number;
    added: number;
    removed: number;
  }[];
  values: {
    conditions: string[];
    methods: string[];
    sequences: string[];
    manufacturers: string[];
    models: string[];
    races: string[];
  };
  breakdown: Breakdown | null;
  synthetic: boolean;
  transferSyntaxes: { uid: string; name: string; instances: number }[];
  imageSizes: { rows: [number, number]; columns: [number, number] } | null;
};

export async function loadDataCard(db: Db, slug: string): Promise<DataCard | null> {
  const datasetId = await datasetIdOf(db, slug);
  if (!datasetId) return null;
  const [ix, versions, syntaxes, dims] = await Promise.all([
    catalogueIndex(db, datasetId),
    listVersions(db, datasetId, 30),
    db.instance.groupBy({
      by: ["transferSyntaxUid"],
      where: { series: { study: { datasetId } } },
      _count: { _all: true },
    }),
    db.instance.aggregate({
      where: { series: { study: { datasetId } } },
      _min: { rows: true, columns: true },
      _max: { rows: true, columns: true },
    }),
  ]);
  const latest = versions[0];
  const b = ix.version > 0 ? breakdownOf(ix, EMPTY_FILTER) : null;
  const sorted = (xs: string[]) =>
    xs
      .slice(1)
      .filter((x) => x !== undefined)
      .sort((a, c) => a.localeCompare(c));
  const v = ix.dict.values;
  return {
    version: latest
      ? {
          number: latest.number,
          createdAt: latest.createdAt,
          studies: latest.studies,
          sizeBytes: Number(latest.sizeBytes),
        }
      : null,
    versions: versions.map((x) => ({
      number: x.number,
      createdAt: x.createdAt,
      source: x.source,
      note: x.note,
      studies: x.studies,
      added: x.added,
      removed: x.removed,
    })),
    values: {
      conditions: sorted(v.condition),
      methods: sorted(v.method),
      sequences: sorted(v.sequence),
      manufacturers: sorted(v.manufacturer),
      models: sorted(v.model),
      races: sorted(v.race),
    },
    breakdown: b && b.ok ? b : null,
    synthetic: versions.some((x) => x.source === "catalog:synth"),
    transferSyntaxes: syntaxes
      .map((s) => ({
        uid: s.transferSyntaxUid,
        name: transferSyntax(s.transferSyntaxUid)?.name ?? "unknown",
        instances: s._count._all,
      }))
      .sort((a, c) => c.instances - a.instances),
    imageSizes:
      dims._min.rows != null && dims._max.rows != null && dims._min.columns != null && dims._max.columns != null
        ? { rows: [dims._min.rows, dims._max.rows], columns: [dims._min.columns, dims._max.columns] }
        : null,
  };
}
