// The licence page's study list: the licence's cohort narrowed by the customer's own filter (the cohort builder's
// URL parameters: condition, method, sex, age...), a Study Instance UID prefix and "added after version N", in keyset
// pages by catalogue row id - one indexed range read per page, whatever the catalogue's size.
import { Prisma } from "../../generated/sqlite/client";
import { compileFilter } from "../catalogue/compile";
import { loadDictionary } from "../catalogue/dictionary";
import { parseFilterParams, type FilterProblem } from "../catalogue/filter";
import { whereOf } from "../catalogue/sql-filter";
import type { Db } from "../db/create-client";
import { licenceScope, scopePage, type ScopedLicence, type ScopedStudy } from "./licence-scope";

export type StudyListQuery = Record<string, string | string[] | undefined>;

export type StudyList =
  | { ok: true; rows: ScopedStudy[]; next: number | null; version: number; since: number | null; uid: string }
  | { ok: false; problems: FilterProblem[] };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export async function licenceStudies(
  db: Db,
  licence: ScopedLicence,
  q: StudyListQuery,
  pageSize = 50,
): Promise<StudyList> {
  const scope = await licenceScope(db, licence);
  if (!scope.ok)
    return {
      ok: false,
      problems: [{ param: "licence", message: "this licence's cohort cannot be read; contact sales" }],
    };
  const parsed = parseFilterParams(q);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const compiled = compileFilter(parsed.filter, await loadDictionary(db, scope.scope.datasetId));
  if (!compiled.ok) return { ok: false, problems: compiled.problems };
  const extra: Prisma.Sql = whereOf(scope.scope.datasetId, compiled.coded, scope.scope.version);
  const uid = first(q.uid).trim();
  if (uid && !/^[0-9.]{1,64}$/.test(uid))
    return { ok: false, problems: [{ param: "uid", message: "a Study Instance UID holds only digits and dots" }] };
  const sinceRaw = first(q.since).trim();
  if (sinceRaw && !/^\d{1,9}$/.test(sinceRaw))
    return { ok: false, problems: [{ param: "since", message: "give a catalogue version number" }] };
  const since = sinceRaw ? Number(sinceRaw) : null;
  const afterRaw = first(q.after);
  const after = /^\d{1,12}$/.test(afterRaw) ? Number(afterRaw) : 0;
  const rows = await scopePage(db, scope.scope, {
    after,
    limit: pageSize + 1,
    extra,
    uidPrefix: uid || undefined,
    sinceVersion: since ?? undefined,
  });
  const more = rows.length > pageSize;
  const page = more ? rows.slice(0, pageSize) : rows;
  return { ok: true, rows: page, next: more ? page.at(-1)!.id : null, version: scope.scope.version, since, uid };
}
