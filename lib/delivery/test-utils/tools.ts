// Whether the command-line tools a real-process test drives are installed (scripts/test/ensure-delivery-tools.mjs
// installs them as root on Debian); tests that need a missing one are skipped with a warning.
import { spawnSync } from "node:child_process";

export function haveTools(...tools: string[]): boolean {
  const missing = tools.filter((t) => spawnSync("sh", ["-c", `command -v ${t}`]).status !== 0);
  if (missing.length > 0)
    console.warn(`skipping: ${missing.join(", ")} not installed (apt-get install aria2 curl unzip)`);
  return missing.length === 0;
}
