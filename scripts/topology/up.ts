// npm run topology:up [-- --instances 2 --workers 2]
// The production topology on one machine, for the e2e suite (E2E_TOPOLOGY=1) and bench:load: nginx on loopback in
// front of `next start` instances (scripts/server.mjs, as `npm start`), a fresh PostgreSQL database migrated with
// `npm run db:deploy`, Redis, s3rver (STORAGE_DRIVER=s3), the SMTP sink, the Stripe double and `npm run worker`
// processes when the project has that script. Needs a build (`npm run build`). Prints the URLs and writes a state
// file (scripts/topology/state.ts) from which `npm run topology:down` stops everything it started.
//
// Ports: nginx on E2E_PORT (3100), nginx with one instance on E2E_PORT+10, instances on E2E_PORT+11.., s3rver on
// E2E_PORT+9, SMTP sink on E2E_SMTP_PORT/E2E_SMTP_HTTP_PORT, Stripe double on E2E_STRIPE_PORT (E2E_PORT+30).
// PostgreSQL: TOPOLOGY_POSTGRES_URL (admin, default postgresql://postgres@127.0.0.1:5432/postgres), database
// TOPOLOGY_DB (default topo_e2e, dropped and re-created). Redis: TOPOLOGY_REDIS_URL, else REDIS_URL, else
// redis://127.0.0.1:6379/3.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { e2eAppEnv } from "../../e2e/support/e2e-app-env";
import { nginxConf } from "./nginx-conf";
import { alive, logTail, startDetached, waitForUrl } from "./processes";
import { TOPOLOGY_STATE_FILE, writeTopologyState, type TopologyState } from "./state";

const root = path.resolve(__dirname, "../..");
const { values } = parseArgs({
  options: { instances: { type: "string", default: "2" }, workers: { type: "string", default: "2" } },
});
const instances = Number(values.instances);
const workers = Number(values.workers);
if (!(instances >= 1 && instances <= 8)) throw new Error(`--instances: expected 1 to 8, got ${values.instances}`);
if (!(workers >= 0 && workers <= 8)) throw new Error(`--workers: expected 0 to 8, got ${values.workers}`);

if (fs.existsSync(TOPOLOGY_STATE_FILE)) {
  console.error(`a topology is already up (${TOPOLOGY_STATE_FILE}); stop it first: npm run topology:down`);
  process.exit(1);
}
if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
  console.error("no production build: run npm run build first");
  process.exit(1);
}
const nginxBin = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((f) => fs.existsSync(f));
if (!nginxBin) {
  console.error("nginx not found: apt-get install -y nginx-light");
  process.exit(1);
}

const port = Number(process.env.E2E_PORT ?? 3100);
const singlePort = port + 10;
const instancePorts = Array.from({ length: instances }, (_, i) => port + 11 + i);
const s3Port = Number(process.env.TOPOLOGY_S3_PORT ?? port + 9);
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 3125);
const smtpHttpPort = Number(process.env.E2E_SMTP_HTTP_PORT ?? 3126);
const stripePort = Number(process.env.E2E_STRIPE_PORT ?? port + 30);
const adminUrl = process.env.TOPOLOGY_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const dbName = process.env.TOPOLOGY_DB ?? "topo_e2e";
// A name made for it (it is dropped and re-created): topo..., or <prefix>_topo... where databases are shared.
if (!/^(\w+_)?topo\w*$/.test(dbName))
  throw new Error(`TOPOLOGY_DB must start with "topo" or "<prefix>_topo" (it is dropped and re-created): ${dbName}`);
// The admin connection drops and creates the topology's database, which it cannot do while connected to it.
if (decodeURIComponent(new URL(adminUrl).pathname.slice(1)) === dbName) {
  console.error(`TOPOLOGY_POSTGRES_URL is the admin connection: point it at a database other than ${dbName}`);
  process.exit(1);
}
const redisUrl = process.env.TOPOLOGY_REDIS_URL ?? process.env.REDIS_URL ?? "redis://127.0.0.1:6379/3";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "topology-"));
const logDir = path.join(dir, "logs");
const dataDir = path.join(dir, "data");
fs.mkdirSync(logDir);
fs.mkdirSync(dataDir);
const baseUrl = `http://localhost:${port}`;
const databaseUrl = new URL(adminUrl);
databaseUrl.pathname = `/${dbName}`;
const bucket = "topology";

const env: Record<string, string> = {
  ...e2eAppEnv({
    port,
    baseUrl,
    dataDir,
    databaseUrl: databaseUrl.toString(),
    smtpPort,
    stripeUrl: `http://127.0.0.1:${stripePort}`,
    redisUrl,
    // nginx appends the address it saw; the specs, which send their own X-Forwarded-For to be distinct clients, play
    // a second proxy in front of it. A production deployment with nginx alone sets 1 (README).
    proxyHops: 2,
  }),
  // The e2e helpers (e2e/support/jobs-db.ts) seed and count jobs in the in-process driver's Job table, so the suite
  // runs the topology's instances and workers on that driver (it shares one PostgreSQL table safely across processes).
  // pg-boss itself is exercised by `npm run test:db` (the driver contract and the SIGKILL crash test with real worker
  // processes). TOPOLOGY_JOBS_DRIVER=pg-boss runs the topology as production would.
  JOBS_DRIVER: process.env.TOPOLOGY_JOBS_DRIVER === "pg-boss" ? "pg-boss" : "in-process",
  STORAGE_DRIVER: "s3",
  S3_BUCKET: bucket,
  S3_ENDPOINT: `http://127.0.0.1:${s3Port}`,
  S3_FORCE_PATH_STYLE: "1",
  S3_REGION: "us-east-1",
  S3_ACCESS_KEY_ID: "S3RVER",
  S3_SECRET_ACCESS_KEY: "S3RVER",
  // Each instance keeps its own page cache: imports (CLI, workers) ask every one of them to drop it, not just the
  // one nginx would pick (lib/storefront/revalidation.ts).
  REVALIDATE_URLS: instancePorts.map((p) => `http://127.0.0.1:${p}`).join(","),
};
const processEnv = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({ ...process.env, ...env, ...extra });

const state: TopologyState = {
  baseUrl,
  port,
  singleUrl: `http://localhost:${singlePort}`,
  instanceUrls: instancePorts.map((p) => `http://127.0.0.1:${p}`),
  smtpPort,
  smtpHttpPort,
  stripePort,
  s3Url: env.S3_ENDPOINT!,
  database: { adminUrl, name: dbName },
  dir,
  env,
  processes: [],
  workers: 0,
};
const save = () => writeTopologyState(state);

function start(name: string, cmd: string, args: string[], extra: Record<string, string> = {}): number {
  const pid = startDetached(name, cmd, args, { env: processEnv(extra), logDir });
  state.processes.push({ name, pid });
  save();
  return pid;
}
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const step = (what: string) => console.log(`topology: ${what}`);

async function up(): Promise<void> {
  save();
  step(`PostgreSQL database ${dbName} (fresh)`);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${dbName}"`);
  await admin.end();

  step("s3rver, SMTP sink, Stripe double");
  const s3 = start("s3rver", tsx, ["scripts/s3-local.ts"], { S3RVER_PORT: String(s3Port), DATA_DIR: dir });
  const smtp = start("smtp-sink", process.execPath, ["e2e/support/smtp-sink.mjs"], {
    E2E_SMTP_PORT: String(smtpPort),
    E2E_SMTP_HTTP_PORT: String(smtpHttpPort),
  });
  // Webhooks go through nginx, as Stripe's would: any instance may receive them.
  const stripe = start("stripe-double", process.execPath, ["lib/testing/stripe-double.mjs"], {
    STRIPE_DOUBLE_PORT: String(stripePort),
    STRIPE_DOUBLE_WEBHOOK_URL: `${baseUrl}/api/stripe/webhook`,
  });
  await Promise.all([
    waitForUrl("s3rver", s3, `${env.S3_ENDPOINT}/`, logDir),
    waitForUrl("smtp-sink", smtp, `http://127.0.0.1:${smtpHttpPort}/health`, logDir),
    waitForUrl("stripe-double", stripe, `http://127.0.0.1:${stripePort}/_double/health`, logDir),
  ]);

  step("migrations (npm run db:deploy) and seed");
  execFileSync(process.execPath, ["scripts/db/deploy.mjs"], { cwd: root, env: processEnv(), stdio: "inherit" });
  execFileSync(tsx, ["prisma/seed.ts", "--demo"], { cwd: root, env: processEnv(), stdio: "inherit" });

  step(`${instances} app instance(s)`);
  const apps = instancePorts.map((p, i) =>
    start(`app-${i + 1}`, process.execPath, ["scripts/server.mjs", "-p", String(p), "-H", "127.0.0.1"], {
      PORT: String(p),
    }),
  );
  await Promise.all(apps.map((pid, i) => waitForUrl(`app-${i + 1}`, pid, `${state.instanceUrls[i]}/`, logDir)));

  step("nginx");
  const ipv6 = fs.readFileSync("/proc/net/if_inet6", { encoding: "utf8", flag: "r" }).includes(" lo");
  const isRoot = process.getuid?.() === 0;
  fs.writeFileSync(
    path.join(dir, "nginx.conf"),
    nginxConf({ dir, port, singlePort, instancePorts, ipv6, user: isRoot ? os.userInfo().username : undefined }),
  );
  const nginx = start("nginx", nginxBin!, [
    "-c",
    path.join(dir, "nginx.conf"),
    "-p",
    dir,
    "-e",
    path.join(dir, "nginx-error.log"),
  ]);
  await waitForUrl("nginx", nginx, `${baseUrl}/`, logDir);
  await waitForUrl("nginx", nginx, `${state.singleUrl}/`, logDir);

  const scripts =
    (JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { scripts?: Record<string, string> })
      .scripts ?? {};
  if (scripts.worker) {
    step(`${workers} worker(s) (npm run worker)`);
    for (let i = 0; i < workers; i++) start(`worker-${i + 1}`, "npm", ["run", "worker"]);
    state.workers = workers;
    save();
    // A worker has no port to ask: give it a moment to fail on a bad configuration, then check it still runs.
    await new Promise((r) => setTimeout(r, 3_000));
    for (const p of state.processes.filter((x) => x.name.startsWith("worker-"))) {
      if (!alive(p.pid)) throw new Error(`${p.name} exited:\n${logTail(logDir, p.name)}`);
    }
  } else {
    step("no `worker` script in package.json: no workers started (jobs run in-process)");
  }

  console.log(`
topology up (state: ${TOPOLOGY_STATE_FILE}, logs: ${logDir})
  app (nginx, ${instances} instance(s))  ${baseUrl}
  app (nginx, first instance only)   ${state.singleUrl}
  instances                          ${state.instanceUrls.join(" ")}
  PostgreSQL                         ${env.DATABASE_URL}
  Redis                              ${redisUrl}
  S3 (s3rver)                        ${env.S3_ENDPOINT} bucket ${bucket}
  SMTP sink                          smtp://127.0.0.1:${smtpPort}, messages at http://127.0.0.1:${smtpHttpPort}/messages
  Stripe double                      http://127.0.0.1:${stripePort}
  workers                            ${state.workers}
Run the e2e suite against it: E2E_TOPOLOGY=1 npx playwright test. Stop it: npm run topology:down`);
}

up().catch((e: unknown) => {
  console.error(`topology:up failed: ${e instanceof Error ? e.message : String(e)}`);
  console.error("stop what was started: npm run topology:down");
  process.exit(1);
});
