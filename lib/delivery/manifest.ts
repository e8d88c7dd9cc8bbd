// "Download everything" as manifests, streamed: an aria2c input file (checksum=sha-256= per file, so `aria2c -i`
// verifies and `-c` resumes), a URL list for curl/wget, a `sha256sum -c` file, or JSON. Rows come from a keyset cursor
// a page at a time and are written as the client reads them (pull-based stream), so memory stays flat for 2.4 million
// studies and a client that goes away stops the queries. Every link carries a download token.
import { Readable } from "node:stream";
import type { Db } from "../db/create-client";
import type { RawRows } from "../db/raw-rows";
import { createToken } from "./tokens";
import { resolveCaller, type Credentials } from "./caller";
import { licenceAccess, type AccessibleLicence } from "./licence-access";
import { licenceScope, scopeStudies, type LicenceScope, type ScopedStudy } from "./licence-scope";
import type { ServeResult } from "./serve-object";
import { textResult } from "./text-result";
import { deliveryUrls } from "./urls";

export const MANIFEST_FORMATS = ["aria2", "urls", "sha256", "json"] as const;
export type ManifestFormat = (typeof MANIFEST_FORMATS)[number];
export const MAX_PARTS = 1000;

export interface ManifestQuery {
  format: string;
  /** A catalogue version number, or "last" (the version current at this licence's last download). */
  since?: string | null;
  part?: string | null;
  parts?: string | null;
}

export interface ManifestDeps {
  db: Db;
  now: () => Date;
  /** Absolute origin the links point at (APP_URL). */
  baseUrl: string;
  /** Lifetime of the download token minted for a manifest asked for with a session or an API token. */
  tokenTtlDays: number;
  pageSize?: number;
  /** Reads the pages as arrays from the driver instead of through Prisma (lib/db/raw-rows.ts explains why). */
  rawRows?: RawRows;
}

export type ParsedQuery = { format: ManifestFormat; since: number | "last" | null; part: number; parts: number };

export function parseManifestQuery(
  q: ManifestQuery,
): { ok: true; query: ParsedQuery } | { ok: false; problem: string } {
  if (!(MANIFEST_FORMATS as readonly string[]).includes(q.format))
    return { ok: false, problem: `format must be one of ${MANIFEST_FORMATS.join(", ")}` };
  const int = (v: string | null | undefined) =>
    v !== undefined && v !== null && /^\d{1,9}$/.test(v) ? Number(v) : null;
  let since: ParsedQuery["since"] = null;
  if (q.since === "last") since = "last";
  else if (q.since) {
    since = int(q.since);
    if (since === null) return { ok: false, problem: `since must be a catalogue version number or "last"` };
  }
  const parts = q.parts ? int(q.parts) : 1;
  const part = q.part ? int(q.part) : 1;
  if (parts === null || parts < 1 || parts > MAX_PARTS)
    return { ok: false, problem: `parts must be a whole number from 1 to ${MAX_PARTS}` };
  if (part === null || part < 1 || part > parts)
    return { ok: false, problem: `part must be a whole number from 1 to parts (${parts})` };
  return { ok: true, query: { format: q.format as ManifestFormat, since, part, parts } };
}

/**
 * "Since my last download": the newest catalogue version published before this licence's last successful download
 * request (0 when nothing was downloaded yet, so the manifest holds everything).
 */
export async function versionAtLastDownload(db: Db, licenceId: string, datasetId: string): Promise<number> {
  const last = await db.downloadEvent.findFirst({
    where: { licenceId, status: { in: [200, 206, 302] } },
    orderBy: { startedAt: "desc" },
    select: { startedAt: true },
  });
  if (!last) return 0;
  const v = await db.catalogueVersion.findFirst({
    where: { datasetId, createdAt: { lte: last.startedAt } },
    orderBy: { number: "desc" },
    select: { number: true },
  });
  return v?.number ?? 0;
}

export async function manifestResponse(
  deps: ManifestDeps,
  licenceId: string,
  credentials: Credentials,
  q: ManifestQuery,
): Promise<ServeResult> {
  const now = deps.now();
  const caller = await resolveCaller(deps.db, credentials, now);
  const access = await licenceAccess(deps.db, caller, licenceId, now);
  if (!access.ok) return textResult(access.status, `Manifest refused: ${access.reason}.`);
  const parsed = parseManifestQuery(q);
  if (!parsed.ok) return textResult(400, `Bad manifest request: ${parsed.problem}.`);
  const scope = await licenceScope(deps.db, access.licence);
  if (!scope.ok) {
    console.error(`manifest: ${scope.problem}`);
    return textResult(403, "Manifest refused: this licence's cohort cannot be read; contact sales.");
  }
  const query = parsed.query;
  const sinceVersion =
    query.since === "last"
      ? await versionAtLastDownload(deps.db, access.licence.id, scope.scope.datasetId)
      : query.since;

  // The links carry a download token: the one presented, or a new one made for the signed-in user / API token owner.
  let token: string;
  if (caller.kind === "token" && caller.token.kind === "DOWNLOAD" && credentials.urlToken) token = credentials.urlToken;
  else {
    const maker = await deps.db.user.findUniqueOrThrow({
      where: { id: access.userId },
      select: { id: true, role: true, organizationId: true },
    });
    token = (
      await createToken(
        deps.db,
        maker,
        {
          kind: "DOWNLOAD",
          name: `Manifest (${query.format})`,
          licenceId: access.licence.id,
          ttlDays: deps.tokenTtlDays,
        },
        now,
      )
    ).token;
  }

  const rows = scopeStudies(deps.db, scope.scope, {
    sinceVersion: sinceVersion ?? undefined,
    part: query.part,
    parts: query.parts,
    pageSize: deps.pageSize,
    raw: deps.rawRows,
  });
  const link = (uid: string) => `${deps.baseUrl}${deliveryUrls.tokenDownload(access.licence.id, token, uid)}`;
  const suffix = query.parts > 1 ? `-part-${query.part}-of-${query.parts}` : "";
  const since = sinceVersion !== null ? `-since-v${sinceVersion}` : "";
  const ext = query.format === "json" ? "json" : "txt";
  const name = `licence-${access.licence.number}-${query.format}${since}${suffix}.${ext}`.replace(
    /[^A-Za-z0-9._-]/g,
    "_",
  );
  return {
    status: 200,
    headers: {
      "content-type": query.format === "json" ? "application/json; charset=utf-8" : "text/plain; charset=utf-8",
      "content-disposition": `attachment; filename="${name}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
    // Object mode: the strings go to the socket as they are. A byte-mode Readable turns each into a Buffer, whose
    // memory lies outside V8's heap and is freed only when its small wrapper is collected - the server's resident
    // memory grew by ~100 MB/s while a manifest streamed. Sixteen strings of 100 studies (~0.5 MB) wait at most.
    body: Readable.from(manifestLines(query, access.licence, scope.scope, sinceVersion, rows, link), {
      objectMode: true,
    }),
  };
}

/** The manifest's text, one page of studies per chunk. */
export async function* manifestLines(
  q: ParsedQuery,
  licence: Pick<AccessibleLicence, "id" | "number">,
  scope: LicenceScope,
  sinceVersion: number | null,
  pages: AsyncIterable<ScopedStudy[]>,
  link: (uid: string) => string,
): AsyncGenerator<string> {
  const what = `Licence ${licence.number}, catalogue version ${scope.version}${sinceVersion !== null ? `, studies added after version ${sinceVersion}` : ""}${q.parts > 1 ? `, part ${q.part} of ${q.parts}` : ""}`;
  if (q.format === "aria2")
    yield `# ${what}.\n# aria2c -i <this file> -c -j 4 --auto-file-renaming=false   (checks every file's SHA-256; -c resumes)\n`;
  if (q.format === "json") {
    yield `{"licence":${JSON.stringify({ id: licence.id, number: licence.number })},"catalogueVersion":${scope.version},"sinceVersion":${sinceVersion === null ? "null" : sinceVersion},"part":${q.part},"parts":${q.parts},"studies":[`;
  }
  let first = true;
  let count = 0;
  for await (const page of pages) {
    let out = "";
    count += page.length;
    for (const [i, s] of page.entries()) {
      // A string per 100 studies, not per page: short-lived strings stay in V8's young generation, a page's text
      // (~650 kB) would be allocated straight into the old one and wait there for a full collection.
      if (i % 100 === 0 && out) {
        yield out;
        out = "";
      }
      const file = `${s.studyInstanceUid}.zip`;
      if (q.format === "aria2") out += `${link(s.studyInstanceUid)}\n  out=${file}\n  checksum=sha-256=${s.sha256}\n`;
      else if (q.format === "urls") out += `${link(s.studyInstanceUid)}\n`;
      else if (q.format === "sha256") out += `${s.sha256}  ${file}\n`;
      else {
        out += `${first ? "" : ","}\n${JSON.stringify({ studyInstanceUid: s.studyInstanceUid, file, url: link(s.studyInstanceUid), sizeBytes: s.sizeBytes.toString(), sha256: s.sha256, addedIn: s.addedIn })}`;
        first = false;
      }
    }
    yield out;
  }
  // The end is said in so many words where the format allows it, so a manifest cut short by a failure (the connection
  // is reset, never closed cleanly, but a saved file looks whole) can be told from a complete one: aria2c input files
  // take comments; JSON carries the count after the list (a cut JSON does not parse). URL and sha256sum lists take no
  // comments (sha256sum warns on them), so their completeness is the count on the portal page.
  if (q.format === "aria2") yield `# End of manifest: ${count} studies.\n`;
  if (q.format === "json") yield `\n],"studyCount":${count}}\n`;
}
