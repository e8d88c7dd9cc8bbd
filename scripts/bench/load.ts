// npm run bench:load [-- --duration 10 --connections 50 [--keep]]
// autocannon against the production topology (scripts/topology): nginx over two `next start` instances, and the
// same nginx over the first instance only, endpoint by endpoint in one run so the scaling factor compares like with
// like. Endpoints: the landing, /statistics, a cohort count, a preview DICOM file, an authenticated download and the
// enquiry form's action under its per-address rate limit (refusals counted apart, not as errors). Uses a running
// topology (npm run topology:up) or starts one and stops it at the end. The load generator shares the machine's
// cores with the servers: read the two topologies' figures as a ratio. Last line JSON.
// Bars: 0 unintended errors; p99 of the landing and the cohort count under 200 ms at 50 connections (two instances).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { readTopologyState, TOPOLOGY_STATE_FILE } from "../topology/state";
import { downloadPath, loadFixtures, storedEnquiries } from "./load/fixtures";
import { classifyEnquiry, enquiryRequester } from "./load/enquiry-request";
import { runAutocannon, type EndpointFigures, type LoadTarget } from "./load/run-autocannon";

const root = path.resolve(__dirname, "../..");
const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "50" },
    keep: { type: "boolean", default: false },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
if (!(duration > 0) || !(connections > 0)) throw new Error("--duration and --connections must be positive numbers");

const tsx = path.join(root, "node_modules/.bin/tsx");
/** An address from the benchmarking range (RFC 2544, 198.18.0.0/15), new for each run. */
const benchClientIp = () => `198.18.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`;
const topologyScript = (name: "up" | "down") => {
  const r = spawnSync(tsx, [path.join(root, "scripts/topology", `${name}.ts`)], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) throw new Error(`topology:${name} failed (${r.status})`);
};

async function main() {
  const started = !fs.existsSync(TOPOLOGY_STATE_FILE);
  if (started) topologyScript("up");
  try {
    const state = readTopologyState();
    if (state.instanceUrls.length < 2)
      throw new Error("the running topology has one instance: bench:load needs two (npm run topology:up)");
    const fixtures = await loadFixtures(state.env.DATABASE_URL!);
    const download = await downloadPath(state.baseUrl, fixtures);
    const enquiry = await enquiryRequester({
      origin: state.baseUrl,
      authSecret: state.env.AUTH_SECRET!,
      minFillMs: Number(state.env.ENQUIRY_MIN_FILL_MS),
    });
    const cohortQuery = "condition=Disc%20herniation&sex=F&ageMin=40&ageMax=69";
    // Downloads from S3 answer 302 to a presigned URL; with local storage they stream 200/206. One licence asked
    // thousands of times a second meets its caps (DOWNLOAD_REQUESTS_PER_MINUTE_PER_LICENCE...): those 429s are
    // intended, and the statuses printed show how many.
    const downloadOk = (s: number) => (s >= 200 && s < 300) || s === 302 || s === 429;
    const targets: Record<string, LoadTarget> = {
      landing: { path: "/" },
      statistics: { path: "/statistics" },
      "cohort count": { path: `/api/cohort/count?${cohortQuery}` },
      "preview DICOM": { path: fixtures.dicomPath },
      download: { path: download.path, headers: { cookie: fixtures.cookie }, ok: downloadOk },
      enquiry: {
        path: "/enquire",
        method: "POST",
        headers: enquiry.headers,
        body: enquiry.body,
        classify: classifyEnquiry,
      },
    };
    const topologies = { two: state.baseUrl, one: state.singleUrl };
    console.log(
      `bench:load: ${connections} connections, ${duration} s per endpoint and topology; download = ${download.what} (${download.path})`,
    );

    const figures: Record<string, Record<string, EndpointFigures>> = { two: {}, one: {} };
    for (const [name, target] of Object.entries(targets)) {
      for (const [topo, url] of Object.entries(topologies)) {
        // A few requests first: the first render of a page or the catalogue index load is not the steady state.
        for (let i = 0; i < 5 && !target.body; i++)
          await fetch(`${url}${target.path}`, { headers: target.headers, redirect: "manual" }).then((r) =>
            r.arrayBuffer(),
          );
        // The enquiry action checks Origin against the host it was sent to, and counts its limit per client address:
        // each run is a client of its own (the topology trusts the X-Forwarded-For entry in front of nginx's).
        const ip = benchClientIp();
        const run = target.body
          ? { ...target, headers: { ...target.headers, origin: url, "x-forwarded-for": ip } }
          : target;
        const f = await runAutocannon(url, run, { connections, duration });
        // Accepted enquiries (each sends two emails) can still be in flight when autocannon stops counting: what the
        // database stored from this client is the figure.
        if (target.body) f.stored = await storedEnquiries(state.env.DATABASE_URL!, ip);
        figures[topo]![name] = f;
        const extra =
          f.accepted !== undefined
            ? `, accepted ${f.accepted} (stored ${f.stored}), rate-limited ${f.rateLimited}`
            : "";
        console.log(
          `${name.padEnd(14)} ${topo === "two" ? "2 instances" : "1 instance "}  ${String(f.rps).padStart(6)} req/s  p50 ${String(f.p50).padStart(4)} ms  p99 ${String(f.p99).padStart(5)} ms  errors ${f.errors}${extra}  ${JSON.stringify(f.statuses)}`,
        );
      }
    }

    const scaling = Object.fromEntries(
      Object.keys(targets).map((n) => [
        n,
        Math.round((figures.two![n]!.rps / Math.max(1, figures.one![n]!.rps)) * 100) / 100,
      ]),
    );
    const errors = Object.values(figures)
      .flatMap((t) => Object.values(t))
      .reduce((n, f) => n + f.errors, 0);
    const p99Bar = ["landing", "cohort count"].map((n) => ({ n, p99: figures.two![n]!.p99 }));
    const bars = {
      unintendedErrors: errors === 0,
      p99Under200ms: connections >= 50 ? p99Bar.every((b) => b.p99 < 200) : null,
    };
    console.log(
      `scaling (2 instances / 1, req/s): ${Object.entries(scaling)
        .map(([n, s]) => `${n} ${s}x`)
        .join(", ")}`,
    );
    console.log(
      `bars: unintended errors ${errors} (${bars.unintendedErrors ? "pass" : "FAIL"}); p99 landing ${p99Bar[0]!.p99} ms, cohort count ${p99Bar[1]!.p99} ms ${bars.p99Under200ms === null ? "(bar applies at 50 connections)" : bars.p99Under200ms ? "(< 200 ms: pass)" : "(FAIL: >= 200 ms)"}`,
    );
    console.log(
      JSON.stringify({ bench: "load", connections, duration, download: download.what, figures, scaling, bars }),
    );
    if (!bars.unintendedErrors || bars.p99Under200ms === false) process.exitCode = 1;
  } finally {
    if (started && !values.keep) topologyScript("down");
  }
}

main().catch((e: unknown) => {
  console.error(`bench:load failed: ${e instanceof Error ? e.stack : String(e)}`);
  process.exit(1);
});
