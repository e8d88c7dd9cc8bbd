// Cohort counts for the app and the CLIs: the per-version combo index, loaded once per process and catalogue version
// (a few hundred thousand rows), then every count and breakdown is an in-memory loop plus one indexed read of the
// latest version number. Several app instances each keep their own copy; a new version invalidates it.
import type { Db } from "../db/create-client";
import { buildComboIndex, breakdownIndex, countIndex, type ComboIndex, type ComboRow, type Count } from "./combo-index";
import { compileFilter } from "./compile";
import { memoised } from "./count-memo";
import { loadDictionary, type Dictionary } from "./dictionary";
import { serialiseFilter, type CohortFilter, type FilterProblem } from "./filter";
import { AGE_BANDS, fromMilliTesla, SEX_BY_CODE, SEX_LABELS } from "./labels";
import { latestVersion } from "./versions";

export type Loaded = { datasetId: string; version: number; index: ComboIndex; dict: Dictionary };

type Entry = { loaded: Promise<Loaded>; checkedAt: number };
const cache = new Map<string, Entry>();

/**
 * How long a process trusts its last look at the latest version number before reading it again. Within this window a
 * count is pure memory; a newly published version shows up at most this much later (explicit versions are exact).
 */
export const VERSION_CHECK_MS = 1000;

async function load(db: Db, datasetId: string, version: number): Promise<Loaded> {
  // Raw SQL: Prisma's model mapping costs ~15 us a row here, the raw path about a third of that.
  const [rows, dict] = await Promise.all([
    db.$queryRaw<(Omit<ComboRow, "sizeBytes"> & { sizeBytes: bigint | number })[]>`
      SELECT "conditions", "method", "sequences", "sex", "age", "manufacturer", "model", "fieldStrength", "addedIn",
        "removedIn", "studies", "sizeBytes" FROM "CatalogueCombo" WHERE "datasetId" = ${datasetId}`,
    loadDictionary(db, datasetId),
  ]);
  const index = buildComboIndex(rows.map((r): ComboRow => ({ ...r, sizeBytes: Number(r.sizeBytes) })));
  return { datasetId, version, index, dict };
}

/** The index for the dataset's latest version (reloaded when a newer version has been published). */
export async function catalogueIndex(db: Db, datasetId: string, now: () => number = Date.now): Promise<Loaded> {
  const hit = cache.get(datasetId);
  const t = now();
  if (hit && t - hit.checkedAt < VERSION_CHECK_MS) return hit.loaded;
  const version = await latestVersion(db, datasetId);
  if (hit) {
    const loaded = await hit.loaded.catch(() => null);
    if (loaded && loaded.version === version) {
      hit.checkedAt = t;
      return loaded;
    }
  }
  const loaded = load(db, datasetId, version);
  cache.set(datasetId, { loaded, checkedAt: t });
  loaded.catch(() => cache.delete(datasetId));
  return loaded;
}

const datasetIds = new Map<string, { id: string; checkedAt: number }>();

/**
 * The dataset's id for its slug, looked up at most once per VERSION_CHECK_MS per process (the count endpoint would
 * otherwise read it on every request). Only found ids are kept: a dataset created later is seen at once.
 */
export async function datasetIdCached(
  db: Pick<Db, "dataset">,
  slug: string,
  now: () => number = Date.now,
): Promise<string | null> {
  const hit = datasetIds.get(slug);
  const t = now();
  if (hit && t - hit.checkedAt < VERSION_CHECK_MS) return hit.id;
  const d = await db.dataset.findUnique({ where: { slug }, select: { id: true } });
  if (d) datasetIds.set(slug, { id: d.id, checkedAt: t });
  else datasetIds.delete(slug);
  return d?.id ?? null;
}

export type CountResult =
  ({ ok: true; version: number } & Count) | { ok: false; problems: FilterProblem[]; version: number };

/** Studies and bytes in the cohort, on `version` (default: the latest). */
export async function countCohort(
  db: Db,
  datasetId: string,
  filter: CohortFilter,
  version?: number,
): Promise<CountResult> {
  const ix = await catalogueIndex(db, datasetId);
  const v = version ?? ix.version;
  // Equal filters serialise equally (canonical order), so a repeated count is a map lookup (count-memo.ts).
  return memoised(ix, `${v}|${serialiseFilter(filter)}`, (): CountResult => {
    const compiled = compileFilter(filter, ix.dict);
    if (!compiled.ok) return { ok: false, problems: compiled.problems, version: v };
    return { ok: true, version: v, ...countIndex(ix.index, compiled.coded, v) };
  });
}

export type Bar = { label: string; studies: number };
export type Breakdown = Count & {
  version: number;
  conditions: Bar[];
  methods: Bar[];
  sex: Bar[];
  ages: Bar[];
  scanners: Bar[];
  fieldStrengths: Bar[];
};
export type BreakdownResult = ({ ok: true } & Breakdown) | { ok: false; problems: FilterProblem[]; version: number };

const bars = (values: string[], counts: ArrayLike<number>): Bar[] =>
  values
    .map((label, code) => ({ label, studies: code === 0 ? 0 : (counts[code] ?? 0) }))
    .filter((b, code) => code > 0 && b.label !== undefined)
    .sort((a, b) => b.studies - a.studies || a.label.localeCompare(b.label));

export function breakdownOf(ix: Loaded, filter: CohortFilter, version?: number): BreakdownResult {
  const v = version ?? ix.version;
  const compiled = compileFilter(filter, ix.dict);
  if (!compiled.ok) return { ok: false, problems: compiled.problems, version: v };
  const d = ix.dict.values;
  const b = breakdownIndex(ix.index, compiled.coded, v, { methods: d.method.length, models: d.model.length });
  return {
    ok: true,
    version: v,
    studies: b.studies,
    sizeBytes: b.sizeBytes,
    conditions: bars(d.condition, b.conditions),
    methods: bars(d.method, b.methods),
    sex: SEX_BY_CODE.map((s, code) => ({ label: SEX_LABELS[s], studies: b.sex[code] ?? 0 })).filter(
      (x) => x.studies > 0,
    ),
    ages: [...AGE_BANDS, "Not recorded"]
      .map((label, i) => ({ label, studies: b.ageBands[i] ?? 0 }))
      .filter((x, i) => i < AGE_BANDS.length || x.studies > 0),
    scanners: bars(d.model, b.models).filter((x) => x.studies > 0),
    fieldStrengths: [...b.fieldStrengths.entries()]
      .sort((x, y) => x[0] - y[0])
      .map(([mt, n]) => ({ label: mt === 0 ? "Not recorded" : `${fromMilliTesla(mt)} T`, studies: n })),
  };
}

export async function breakdownCohort(
  db: Db,
  datasetId: string,
  filter: CohortFilter,
  version?: number,
): Promise<BreakdownResult> {
  return breakdownOf(await catalogueIndex(db, datasetId), filter, version);
}

/** For tests: forget loaded indexes. */
export const clearCatalogueCache = () => {
  cache.clear();
  datasetIds.clear();
};
