// What bench:load requests, read from the topology's database: a published sample DICOM instance, the sample
// study's archive, the demo customer's session (inserted as next-auth stores one) and, when the licensed delivery
// route is in the build, a study file of the customer's licence from its manifest.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { hashSessionToken } from "../../../lib/auth/session-token";

const root = path.resolve(__dirname, "../../..");
export const LICENSED_ROUTE_FILE = "pages/api/delivery/licences/[id]/studies/[file].ts";

export interface LoadFixtures {
  dicomPath: string;
  sampleArchivePath: string;
  /** The sample study's UID: its delivery archive is in storage, so a licence covering it can download it. */
  sampleUid: string;
  cookie: string;
  licenceId: string | null;
}

export async function loadFixtures(databaseUrl: string): Promise<LoadFixtures> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const one = async <T>(sql: string, params: unknown[] = []) =>
      (await client.query(sql, params)).rows[0] as T | undefined;
    const instance = await one<{ id: string; studyId: string; studyInstanceUid: string }>(
      `SELECT i.id, s."studyId", st."studyInstanceUid" FROM "Instance" i JOIN "Series" s ON s.id = i."seriesId" JOIN "Study" st ON st.id = s."studyId"
       WHERE st."isSample" AND st.published ORDER BY i."instanceNumber" LIMIT 1`,
    );
    if (!instance) throw new Error("no published sample instance in the topology's database (did the demo seed run?)");
    const customer = await one<{ id: string; organizationId: string | null }>(
      `SELECT id, "organizationId" FROM "User" WHERE email = 'customer@localhost'`,
    );
    if (!customer) throw new Error("no demo customer (customer@localhost) in the topology's database");
    const token = crypto.randomBytes(32).toString("hex");
    await client.query(`INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $3, $4)`, [
      `bench${crypto.randomBytes(8).toString("hex")}`,
      hashSessionToken(token),
      customer.id,
      new Date(Date.now() + 24 * 3600_000),
    ]);
    const licence = customer.organizationId
      ? await one<{ id: string }>(
          `SELECT id FROM "Licence" WHERE "organizationId" = $1 AND status = 'ACTIVE' ORDER BY "createdAt" LIMIT 1`,
          [customer.organizationId],
        )
      : undefined;
    return {
      dicomPath: `/api/preview/instances/${instance.id}/dicom`,
      sampleArchivePath: `/api/preview/studies/${instance.studyId}/archive`,
      sampleUid: instance.studyInstanceUid,
      cookie: `next-auth.session-token=${token}`,
      licenceId: licence?.id ?? null,
    };
  } finally {
    await client.end();
  }
}

/**
 * The authenticated download to load: the sample study (the one study whose archive is in storage) through the
 * licensed delivery route with the customer's session - licence, cohort and caps checked, then the file or (S3) a
 * presigned redirect - when the customer's licence covers it; else the public sample archive, and the reason says why.
 */
export async function downloadPath(baseUrl: string, f: LoadFixtures): Promise<{ path: string; what: string }> {
  const fallback = (why: string) => ({ path: f.sampleArchivePath, what: `sample archive (${why})` });
  if (!f.licenceId || !fs.existsSync(path.join(root, LICENSED_ROUTE_FILE)))
    return fallback("no active licence for the demo customer, or no licensed delivery route in this build");
  const licensed = `/api/delivery/licences/${f.licenceId}/studies/${f.sampleUid}.zip`;
  const r = await fetch(`${baseUrl}${licensed}`, { method: "HEAD", headers: { cookie: f.cookie }, redirect: "manual" });
  if (r.status !== 200 && r.status !== 302)
    return fallback(`the licensed route answered ${r.status} for the sample study under licence ${f.licenceId}`);
  return { path: licensed, what: `licensed study download (${r.status === 302 ? "302 to presigned S3" : "200"})` };
}

/** Enquiries stored from `ip`, read once the count has stopped changing (or after 30 s). */
export async function storedEnquiries(databaseUrl: string, ip: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    let last = -1;
    for (let i = 0; i < 30; i++) {
      const n = Number((await client.query(`SELECT count(*) AS n FROM "Enquiry" WHERE ip = $1`, [ip])).rows[0].n);
      if (n === last) return n;
      last = n;
      await new Promise((r) => setTimeout(r, 1_000));
    }
    return last;
  } finally {
    await client.end();
  }
}
