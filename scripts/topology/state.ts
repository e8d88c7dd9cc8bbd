// The state file `topology:up` writes and `topology:down`, the e2e specs (E2E_TOPOLOGY=1) and bench:load read: what
// runs where, the app's environment, and the process groups to stop.
import fs from "node:fs";
import path from "node:path";

export interface TopologyProcess {
  name: string;
  /** Started detached: the pid is also its process group, so stopping it stops its children (npm -> node). */
  pid: number;
}

export interface TopologyState {
  /** nginx, both instances: the public URL. */
  baseUrl: string;
  port: number;
  /** nginx in front of the first instance only: the one-instance figure of bench:load. */
  singleUrl: string;
  instanceUrls: string[];
  smtpPort: number;
  smtpHttpPort: number;
  stripePort: number;
  s3Url: string;
  database: { adminUrl: string; name: string };
  /** Temporary folder: nginx config, logs, DATA_DIR, s3rver objects. */
  dir: string;
  /** The environment every app instance, worker and CLI of the topology runs with (PORT aside). */
  env: Record<string, string>;
  processes: TopologyProcess[];
  workers: number;
}

const root = path.resolve(__dirname, "../..");
export const TOPOLOGY_STATE_FILE = path.resolve(
  process.env.TOPOLOGY_STATE ?? path.join(root, ".data", "topology", "state.json"),
);

export function readTopologyState(file = TOPOLOGY_STATE_FILE): TopologyState {
  if (!fs.existsSync(file))
    throw new Error(`no topology running: ${file} is missing (start one with npm run topology:up)`);
  return JSON.parse(fs.readFileSync(file, "utf8")) as TopologyState;
}

export function writeTopologyState(state: TopologyState, file = TOPOLOGY_STATE_FILE): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Written after every start, so a failed `up` still leaves what `down` must stop.
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(state, null, 2));
  fs.renameSync(`${file}.tmp`, file);
}
