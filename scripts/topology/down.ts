// npm run topology:down [-- --keep]: stops every process `topology:up` started (by the process-group ids in its
// state file, newest first), drops its database and removes its temporary folder (--keep leaves both for a look).
import fs from "node:fs";
import { parseArgs } from "node:util";
import pg from "pg";
import { stopGroup } from "./processes";
import { readTopologyState, TOPOLOGY_STATE_FILE } from "./state";

const { values } = parseArgs({ options: { keep: { type: "boolean", default: false } } });

async function down(): Promise<void> {
  if (!fs.existsSync(TOPOLOGY_STATE_FILE)) {
    console.log("topology:down: nothing to stop (no state file)");
    return;
  }
  const state = readTopologyState();
  // nginx and the instances first, the services they use last.
  for (const p of [...state.processes].reverse()) {
    const how = await stopGroup(p.pid);
    console.log(`topology: ${p.name} (pid ${p.pid}) ${how}`);
  }
  if (!values.keep) {
    const admin = new pg.Client({ connectionString: state.database.adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${state.database.name}" WITH (FORCE)`);
    await admin.end();
    fs.rmSync(state.dir, { recursive: true, force: true });
    console.log(`topology: dropped ${state.database.name}, removed ${state.dir}`);
  } else {
    console.log(`topology: kept database ${state.database.name} and ${state.dir}`);
  }
  // force: a second `down` started meanwhile (a CI exit trap, a second shell) may have removed it already.
  fs.rmSync(TOPOLOGY_STATE_FILE, { force: true });
}

down().catch((e: unknown) => {
  console.error(`topology:down failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
