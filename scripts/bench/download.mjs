// `npm run bench:download [-- --size MiB --runs N --manifest-studies N]`: the same file (default 1 GiB) downloaded
// from the app's licensed download route (production build, local storage driver, a download token in the path: token,
// licence, cohort and caps are checked on every request) and from nginx with sendfile, both on loopback, alternating in
// one run, with curl as the client. Then a manifest of the whole catalogue (default 2.4 million synthetic studies,
// seeded by the demo seed; --manifest-studies 0 skips it) is streamed as an aria2c input file. The app server's
// resident memory (its whole process tree) is sampled during both. Bars: median throughput >= 0.9x nginx's; RSS
// growth < 50 MB while streaming the file and while streaming the manifest. Last line: one JSON object.
import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { startApp } from "./start-app.mjs";

const { values: args } = parseArgs({
  options: { size: { type: "string" }, runs: { type: "string" }, "manifest-studies": { type: "string" } },
});
const MANIFEST_STUDIES = Number(args["manifest-studies"] ?? process.env.BENCH_MANIFEST_STUDIES ?? 2_400_000);
const SIZE_MIB = Number(args.size ?? process.env.BENCH_DOWNLOAD_MIB ?? 1024);
const RUNS = Number(args.runs ?? process.env.BENCH_RUNS ?? 5);
const port = Number(process.env.BENCH_PORT ?? 3320);
const nginxPort = Number(process.env.BENCH_NGINX_PORT ?? port + 30);
const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => fs.existsSync(p));
if (!NGINX) {
  console.error("bench:download needs nginx (Debian: apt-get install -y nginx-light)");
  process.exit(1);
}
if (!(SIZE_MIB >= 1 && RUNS >= 1)) throw new Error("--size (MiB) and --runs must be positive");
if (!(Number.isInteger(MANIFEST_STUDIES) && MANIFEST_STUDIES >= 0))
  throw new Error("--manifest-studies must be a whole number (0: no manifest)");
const size = SIZE_MIB * 2 ** 20;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Writes `size` bytes of incompressible data (1 MiB of random bytes, varied per block) and returns its SHA-256. */
function writeBigFile(file) {
  const hash = createHash("sha256");
  const fd = fs.openSync(file, "w");
  const block = randomBytes(2 ** 20);
  for (let i = 0; i < SIZE_MIB; i++) {
    block.writeUInt32LE(i, 0);
    fs.writeSync(fd, block);
    hash.update(block);
  }
  fs.closeSync(fd);
  return hash.digest("hex");
}

let archive; // { file, url path, manifest path }
const app = await startApp({
  port,
  name: "download",
  // The demo seed writes the synthetic catalogue the manifest lists (0: none, the sample study only).
  extraEnv: {
    DEMO_CATALOG_STUDIES: String(MANIFEST_STUDIES),
    DOWNLOAD_REQUESTS_PER_MINUTE_PER_TOKEN: "100000",
    DOWNLOAD_REQUESTS_PER_MINUTE_PER_LICENCE: "100000",
  },
  // Replace the seeded sample archive with the big file (same key), and give a customer an active licence on the whole
  // latest catalogue with a download token, so the file goes through the licensed route and all its checks.
  beforeStart: async (env) => {
    const db = new Database(env.DATABASE_URL.replace(/^file:/, ""));
    const row = db
      .prepare(
        `SELECT id, studyInstanceUid, archiveKey FROM "Study" WHERE isSample = 1 AND published = 1 AND archiveKey IS NOT NULL LIMIT 1`,
      )
      .get();
    if (!row) throw new Error("the seed built no sample archive");
    const file = path.join(env.DATA_DIR, "archives", ...row.archiveKey.split("/"));
    const sha = writeBigFile(file);
    db.prepare(`UPDATE "Study" SET archiveSize = ?, archiveSha256 = ? WHERE id = ?`).run(size, sha, row.id);
    const licence = seedLicence(db);
    db.close();
    archive = {
      file,
      path: `/api/delivery/licences/${licence.id}/t/${licence.token}/${row.studyInstanceUid}.zip`,
      manifest: `/api/delivery/licences/${licence.id}/manifest?format=aria2&token=${licence.token}`,
    };
  },
});

/** An organisation, a customer, an ACTIVE licence on the latest catalogue version (all studies) and a download token. */
function seedLicence(db) {
  const id = (p) => `${p}${randomBytes(10).toString("hex")}`;
  // The format Prisma's SQLite adapter writes (as e2e/support/auth-db.ts does).
  const now = new Date().toISOString().replace("Z", "+00:00");
  const later = new Date(Date.now() + 86_400_000 * 30).toISOString().replace("Z", "+00:00");
  const org = id("org");
  const user = id("usr");
  const licence = id("lic");
  const version = db.prepare(`SELECT max(number) AS v FROM "CatalogueVersion"`).get().v;
  db.prepare(`INSERT INTO "Organization" (id, name, createdAt) VALUES (?, ?, ?)`).run(org, `Bench ${org}`, now);
  db.prepare(
    `INSERT INTO "User" (id, email, role, disabled, organizationId, createdAt) VALUES (?, ?, 'CUSTOMER', 0, ?, ?)`,
  ).run(user, `${user}@bench.example`, org, now);
  db.prepare(
    `INSERT INTO "Licence" (id, number, organizationId, datasetSlug, use, cohortFilter, cohortLabel, catalogueVersion, studyCount, sizeBytes, status, termMonths, startsAt, expiresAt, createdAt, updatedAt)
     VALUES (?, ?, ?, 'lumbar-spine-mri', 'research', '{}', 'Whole catalogue', ?, 0, 0, 'ACTIVE', 12, ?, ?, ?, ?)`,
  ).run(licence, `L-BENCH-${licence.slice(-6)}`, org, version, now, later, now, now);
  const token = `dl_${randomBytes(32).toString("base64url")}`;
  db.prepare(
    `INSERT INTO "AccessToken" (id, kind, tokenHash, prefix, name, userId, organizationId, licenceId, createdAt, expiresAt) VALUES (?, 'DOWNLOAD', ?, ?, 'bench', ?, ?, ?, ?, ?)`,
  ).run(id("tok"), createHash("sha256").update(token).digest("hex"), token.slice(0, 9), user, org, licence, now, later);
  return { id: licence, token };
}
const nginxDir = fs.mkdtempSync(path.resolve(".data", "bench-download", "nginx-"));
fs.writeFileSync(
  path.join(nginxDir, "nginx.conf"),
  `daemon off;
# The data folder is 0700 (its owner only): nginx's workers must run as the same user to read the file. Ignored, with a
# notice, when nginx does not start as root (the workers then already run as this user).
user ${os.userInfo().username};
worker_processes 1;
pid ${nginxDir}/nginx.pid;
error_log ${nginxDir}/error.log warn;
events { worker_connections 64; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  client_body_temp_path ${nginxDir}/body;
  proxy_temp_path ${nginxDir}/proxy;
  fastcgi_temp_path ${nginxDir}/fastcgi;
  uwsgi_temp_path ${nginxDir}/uwsgi;
  scgi_temp_path ${nginxDir}/scgi;
  server {
    listen 127.0.0.1:${nginxPort};
    location = /file.zip { alias ${archive.file}; default_type application/zip; }
  }
}
`,
);
const nginx = spawn(NGINX, ["-c", path.join(nginxDir, "nginx.conf"), "-p", nginxDir], {
  stdio: ["ignore", "ignore", "inherit"],
});
const stopAll = () => {
  nginx.kill("SIGTERM");
  app.stop();
};
process.on("exit", stopAll);

async function waitUp(url) {
  for (let i = 0; i < 200; i++) {
    try {
      const r = await fetch(url, { method: "HEAD" });
      if (r.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${url} did not come up`);
}
const appUrl = `${app.url.replace("localhost", "127.0.0.1")}${archive.path}`;
const nginxUrl = `http://127.0.0.1:${nginxPort}/file.zip`;
await waitUp(nginxUrl);
await waitUp(appUrl);

/** Resident memory of a process and all its descendants, in bytes (from /proc). */
function treeRss(pid) {
  return treeRssByPid(pid).reduce((a, [, rss]) => a + rss, 0);
}

/** [pid, resident bytes] of a process and each of its descendants (from /proc). */
function treeRssByPid(pid) {
  const children = new Map();
  for (const d of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const ppid = Number(fs.readFileSync(`/proc/${d}/stat`, "utf8").split(") ")[1].split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
    } catch {}
  }
  const out = [];
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    try {
      out.push([p, Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0) * 1024]);
    } catch {}
    stack.push(...(children.get(p) ?? []));
  }
  return out;
}

/**
 * Samples a process tree's memory every 25 ms. `rise` is the largest growth over any earlier low point - not the peak
 * over a baseline: memory left over from earlier work (a 1 GiB download's buffers) can make the baseline high, fall
 * away, and hide growth that comes after it.
 */
function watchRss(pid) {
  let peak = 0;
  let low = Infinity;
  let rise = 0;
  const sample = () => {
    const rss = treeRss(pid);
    peak = Math.max(peak, rss);
    low = Math.min(low, rss);
    rise = Math.max(rise, rss - low);
  };
  sample();
  const timer = setInterval(sample, 25);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { peak, low, rise };
    },
  };
}

/** CPU seconds (user + system) used so far by a process and its descendants (from /proc). */
function treeCpu(pid) {
  const tick = 100; // USER_HZ on Linux
  let total = 0;
  const stack = [pid];
  const kids = new Map();
  for (const d of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const f = fs.readFileSync(`/proc/${d}/stat`, "utf8").split(") ")[1].split(" ");
      kids.set(Number(f[1]), [...(kids.get(Number(f[1])) ?? []), Number(d)]);
    } catch {}
  }
  while (stack.length) {
    const p = stack.pop();
    try {
      const f = fs.readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1].split(" ");
      total += (Number(f[11]) + Number(f[12])) / tick;
    } catch {}
    stack.push(...(kids.get(p) ?? []));
  }
  return total;
}

/** One download with curl to /dev/null: bytes/s as curl measured it, and the server's CPU seconds for it. Samples
 *  `rssPid`'s tree meanwhile. CPU per byte does not depend on how busy the machine is, throughput does. */
async function download(url, rssPid, cpuPid) {
  const cpu0 = cpuPid ? treeCpu(cpuPid) : 0;
  const watch = rssPid ? watchRss(rssPid) : null;
  const out = await new Promise((resolve, reject) => {
    const c = spawn("curl", ["-s", "-o", "/dev/null", "-w", "%{http_code} %{size_download} %{speed_download}", url]);
    let s = "";
    c.stdout.on("data", (d) => (s += d));
    c.on("error", reject);
    c.on("close", (code) => (code === 0 ? resolve(s) : reject(new Error(`curl exited ${code}`))));
  });
  const mem = watch?.stop() ?? { peak: 0, low: 0, rise: 0 };
  const [status, bytes, speed] = out.split(" ").map(Number);
  if (status !== 200 || bytes !== size) throw new Error(`${url}: HTTP ${status}, ${bytes} of ${size} bytes`);
  return {
    mbps: speed / 1e6,
    peak: mem.peak,
    rise: mem.rise,
    cpuPerGiB: cpuPid ? ((treeCpu(cpuPid) - cpu0) * 2 ** 30) / size : NaN,
  };
}

// Warm both (route compiled and loaded, file in the page cache), then take the app's baseline memory.
await download(appUrl);
await download(nginxUrl);
const appPid = app.pid;
const baseline = treeRss(appPid);
const results = { app: [], nginx: [] };
const cpu = { app: [], nginx: [] };
let peakRss = baseline;
let fileRise = 0;
for (let i = 0; i < RUNS; i++) {
  // Alternate which goes first, so neither always gets the warmer machine.
  const order = i % 2 === 0 ? ["app", "nginx"] : ["nginx", "app"];
  for (const who of order) {
    const r = await download(
      who === "app" ? appUrl : nginxUrl,
      who === "app" ? appPid : null,
      who === "app" ? appPid : nginx.pid,
    );
    results[who].push(r.mbps);
    cpu[who].push(r.cpuPerGiB);
    if (who === "app") {
      peakRss = Math.max(peakRss, r.peak);
      fileRise = Math.max(fileRise, r.rise);
    }
    console.log(
      `run ${i + 1}/${RUNS} ${who.padEnd(5)} ${r.mbps.toFixed(0)} MB/s, ${r.cpuPerGiB.toFixed(2)} CPU s/GiB${who === "app" ? `, server RSS ${(r.peak / 2 ** 20).toFixed(0)} MiB` : ""}`,
    );
  }
}

/** Streams the whole-catalogue manifest through a line counter, sampling the server's RSS. */
async function streamManifest(url, expected) {
  const watch = watchRss(appPid);
  const started = performance.now();
  const r = await fetch(url);
  if (r.status !== 200) throw new Error(`manifest: HTTP ${r.status} ${await r.text()}`);
  let bytes = 0;
  let studies = 0;
  const decoder = new TextDecoder();
  // Count whole lines only: a chunk may end inside one, so the unfinished line is carried to the next chunk.
  let carry = "";
  // A timeline of the server's memory, per process, every tenth of the expected studies: growth that the peak alone
  // would hide (a baseline taken high, a process that comes or goes) shows here.
  const timeline = [];
  const mark = () =>
    timeline.push({
      studies,
      seconds: Math.round((performance.now() - started) / 100) / 10,
      rssMiB: Object.fromEntries(treeRssByPid(appPid).map(([p, b]) => [p, Math.round(b / 2 ** 20)])),
    });
  const step = Math.max(1, Math.floor(expected / 10));
  let next = step;
  mark();
  for await (const chunk of r.body) {
    bytes += chunk.length;
    const text = carry + decoder.decode(chunk, { stream: true });
    const cut = text.lastIndexOf("\n") + 1;
    studies += (text.slice(0, cut).match(/checksum=sha-256=/g) ?? []).length;
    carry = text.slice(cut);
    if (studies >= next) {
      mark();
      next += step;
    }
  }
  const mem = watch.stop();
  mark();
  return { seconds: (performance.now() - started) / 1000, bytes, studies, peak: mem.peak, rise: mem.rise, timeline };
}

let manifestResult = null;
if (MANIFEST_STUDIES > 0) {
  const manifestUrl = `${app.url.replace("localhost", "127.0.0.1")}${archive.manifest}`;
  // Warm the route (a thousandth of the catalogue), then take the baseline.
  await streamManifest(`${manifestUrl}&part=1&parts=1000`, MANIFEST_STUDIES / 1000);
  const before = treeRss(appPid);
  const m = await streamManifest(manifestUrl, MANIFEST_STUDIES);
  for (const t of m.timeline)
    console.log(
      `  manifest at ${t.studies.toLocaleString("en")} studies (${t.seconds} s): server RSS ${Object.entries(t.rssMiB)
        .map(([p, v]) => `pid ${p} ${v} MiB`)
        .join(", ")}`,
    );
  // Growth: the larger of peak over the baseline and the largest rise over a low point during the stream.
  manifestResult = { ...m, growthMB: Math.max(m.peak - before, m.rise, 0) / 1e6, baseline: before };
  console.log(
    `manifest: ${m.studies.toLocaleString("en")} studies, ${(m.bytes / 1e6).toFixed(0)} MB in ${m.seconds.toFixed(1)} s (${Math.round(m.studies / m.seconds).toLocaleString("en")} studies/s), server RSS growth ${manifestResult.growthMB.toFixed(1)} MB (bar < 50 MB)`,
  );
  if (m.studies < MANIFEST_STUDIES)
    throw new Error(`manifest listed ${m.studies} studies, expected at least ${MANIFEST_STUDIES}`);
}
stopAll();

const appMedian = median(results.app);
const nginxMedian = median(results.nginx);
const ratio = appMedian / nginxMedian;
const rssGrowthMB = Math.max(peakRss - baseline, fileRise, 0) / 1e6;
const summary = {
  bench: "download",
  note: "app = licensed download route via next start (local driver; token, licence, cohort and caps checked per request)",
  sizeMiB: SIZE_MIB,
  runs: RUNS,
  appMBps: results.app.map((x) => Math.round(x)),
  nginxMBps: results.nginx.map((x) => Math.round(x)),
  appMedianMBps: Math.round(appMedian),
  nginxMedianMBps: Math.round(nginxMedian),
  ratio: Math.round(ratio * 100) / 100,
  appCpuSecondsPerGiB: Math.round(median(cpu.app) * 100) / 100,
  nginxCpuSecondsPerGiB: Math.round(median(cpu.nginx) * 100) / 100,
  loadAverage: Number(fs.readFileSync("/proc/loadavg", "utf8").split(" ")[0]),
  baselineRssMiB: Math.round(baseline / 2 ** 20),
  rssGrowthMB: Math.round(rssGrowthMB * 10) / 10,
  manifest: manifestResult
    ? {
        studies: manifestResult.studies,
        bytes: manifestResult.bytes,
        seconds: Math.round(manifestResult.seconds * 10) / 10,
        studiesPerSecond: Math.round(manifestResult.studies / manifestResult.seconds),
        baselineRssMiB: Math.round(manifestResult.baseline / 2 ** 20),
        rssGrowthMB: Math.round(manifestResult.growthMB * 10) / 10,
        rssTimelineMiB: manifestResult.timeline.map((t) => ({
          studies: t.studies,
          rssMiB: Object.values(t.rssMiB).reduce((a, b) => a + b, 0),
        })),
      }
    : null,
  bars: { ratio: ">= 0.9", rssGrowthMB: "< 50", manifestRssGrowthMB: "< 50" },
  pass: {
    ratio: ratio >= 0.9,
    rss: rssGrowthMB < 50,
    manifestRss: manifestResult ? manifestResult.growthMB < 50 : null,
  },
};
console.log(
  `app median ${summary.appMedianMBps} MB/s, nginx median ${summary.nginxMedianMBps} MB/s: ${summary.ratio}x (bar >= 0.9x)`,
);
console.log(
  `server CPU per GiB: app ${summary.appCpuSecondsPerGiB} s, nginx ${summary.nginxCpuSecondsPerGiB} s (load average ${summary.loadAverage} on ${os.cpus().length} cores: throughput is only comparable on a quiet machine)`,
);
console.log(`server RSS growth while streaming: ${summary.rssGrowthMB} MB (bar < 50 MB) - ${summary.note}`);
console.log(JSON.stringify(summary));
fs.rmSync(archive.file, { force: true });
process.exit(0);
