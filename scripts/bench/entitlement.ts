// `npm run bench:entitlement -- [--orgs N] [--licences-per-org N] [--calls N]`: the entitlement check delivery runs
// on every request, on a scratch database (SQLite, or PostgreSQL when TEST_DATABASE_URL is a postgresql:// URL)
// holding many organisations' licences. The cohort membership test is a constant-time stand-in here (the catalogue
// binds its own); what is measured is the licence lookup, which does not grow with the number of studies because a
// licence stores a filter + catalogue version, not per-study rows. Last line: JSON with p50/p95 in milliseconds.
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { createScratchDb } from "../../lib/testing/scratch-db";
import { entitlement } from "../../lib/licensing/entitlement";

const { values } = parseArgs({
  options: {
    orgs: { type: "string", default: "5000" },
    "licences-per-org": { type: "string", default: "4" },
    calls: { type: "string", default: "5000" },
  },
});
const orgs = Number(values.orgs);
const perOrg = Number(values["licences-per-org"]);
const calls = Number(values.calls);

async function main() {
  const scratch = await createScratchDb();
  const db = scratch.db;
  try {
    const now = new Date();
    const year = new Date(now.getTime() + 365 * 86_400_000);
    const past = new Date(now.getTime() - 86_400_000);
    const orgIds: string[] = [];
    for (let i = 0; i < orgs; i += 500) {
      const batch = Array.from({ length: Math.min(500, orgs - i) }, (_, k) => ({
        id: `org${i + k}`,
        name: `Bench org ${i + k}`,
      }));
      await db.organization.createMany({ data: batch });
      orgIds.push(...batch.map((b) => b.id));
      const statuses = ["ACTIVE", "REVOKED", "ACTIVE", "SUSPENDED"];
      await db.licence.createMany({
        data: batch.flatMap((o) =>
          Array.from({ length: perOrg }, (_, j) => ({
            number: `L-${o.id}-${j}`,
            organizationId: o.id,
            datasetSlug: "bench",
            use: "research",
            cohortFilter: JSON.stringify({ band: j }),
            cohortLabel: `band ${j}`,
            catalogueVersion: 1,
            studyCount: 600_000,
            sizeBytes: 0n,
            status: statuses[j % statuses.length]!,
            termMonths: 12,
            startsAt: past,
            expiresAt: j === 2 ? past : year, // one expired licence per organisation
          })),
        ),
      });
    }
    // Study ids 0..2.4M: band j covers a quarter of them.
    const inCohort = async (l: { cohortFilter: string }, studyId: string) =>
      Math.floor(Number(studyId) / 600_000) === (JSON.parse(l.cohortFilter) as { band: number }).band;
    const times: number[] = [];
    let hits = 0;
    const warmUp = Math.min(500, calls);
    for (let i = -warmUp; i < calls; i++) {
      const organizationId = orgIds[Math.abs(i * 7919) % orgIds.length]!;
      const studyId = String(Math.abs(i * 104_729) % 2_400_000);
      const t = performance.now();
      const found = await entitlement(db, { organizationId, studyId }, { inCohort, now });
      if (i < 0) continue; // warm-up: JIT and caches
      if (found) hits++;
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const q = (p: number) => Math.round(times[Math.floor(times.length * p)]! * 1000) / 1000;
    const result = {
      bench: "entitlement",
      database: scratch.url.startsWith("file:") ? "sqlite" : "postgresql",
      licences: orgs * perOrg,
      calls,
      hits,
      p50Ms: q(0.5),
      p95Ms: q(0.95),
      p99Ms: q(0.99),
    };
    console.log(
      `entitlement over ${result.licences} licences: p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms (${hits} of ${calls} calls entitled)`,
    );
    console.log(JSON.stringify(result));
  } finally {
    await scratch.cleanup();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
