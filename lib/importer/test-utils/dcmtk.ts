// The reference toolkit's verdict on one file, for the corpus comparison: does dcmtk read its structure (dcmdump) and
// decode its pixels (dcmdjpeg / dcmdjpls / dcmdrle to native, then dcm2pnm)? Debian's dcmtk 3.6.7 has no JPEG 2000
// or HTJ2K codec: such files are "not decodable by dcmtk" and need no comparison.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export type DcmtkVerdict =
  | { kind: "unreadable"; detail: string }
  | { kind: "no-pixels" }
  | { kind: "decoded"; transferSyntax: string }
  | { kind: "undecodable"; transferSyntax: string; detail: string }
  | { kind: "no-codec"; transferSyntax: string };

/** Transfer syntax -> the dcmtk tool that decompresses it to native (absent: native already). */
const DECOMPRESSOR: Record<string, string> = {
  "1.2.840.10008.1.2.4.50": "dcmdjpeg",
  "1.2.840.10008.1.2.4.51": "dcmdjpeg",
  "1.2.840.10008.1.2.4.57": "dcmdjpeg",
  "1.2.840.10008.1.2.4.70": "dcmdjpeg",
  "1.2.840.10008.1.2.4.80": "dcmdjpls",
  "1.2.840.10008.1.2.4.81": "dcmdjpls",
  "1.2.840.10008.1.2.5": "dcmdrle",
};
const NATIVE = new Set(["1.2.840.10008.1.2", "1.2.840.10008.1.2.1", "1.2.840.10008.1.2.2", "1.2.840.10008.1.2.1.99"]);
const TIMEOUT_MS = 30_000;

export const HAS_DCMTK = spawnSync("dcmdump", ["--version"], { stdio: "ignore" }).status === 0;

function run(tool: string, args: string[]): { ok: boolean; err: string; out: string } {
  const r = spawnSync(tool, args, { encoding: "utf8", timeout: TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 });
  return { ok: r.status === 0, err: (r.stderr ?? "").trim(), out: r.stdout ?? "" };
}

const firstError = (err: string) => err.split("\n").find((l) => /^[EF]:/.test(l)) ?? (err.split("\n")[0] || "failed");

export function dcmtkVerdict(file: string): DcmtkVerdict {
  const dump = run("dcmdump", ["-q", "-Un", "+P", "0002,0010", "+P", "7fe0,0010", file]);
  if (!dump.ok) return { kind: "unreadable", detail: firstError(dump.err) };
  if (!/^\(7fe0,0010\)/m.test(dump.out)) return { kind: "no-pixels" };
  // Without file meta dcmtk reads the data set as implicit little endian.
  const transferSyntax =
    /^\(0002,0010\) UI \[([^\]]*)\]/m.exec(dump.out)?.[1]?.replace(/\0/g, "").trim() ?? "1.2.840.10008.1.2";
  const tool = DECOMPRESSOR[transferSyntax];
  if (!tool && !NATIVE.has(transferSyntax)) return { kind: "no-codec", transferSyntax };
  const dir = mkdtempSync(path.join(os.tmpdir(), "dcmtk-"));
  try {
    let input = file;
    if (tool) {
      input = path.join(dir, "native.dcm");
      const d = run(tool, [file, input]);
      if (!d.ok) return { kind: "undecodable", transferSyntax, detail: `${tool}: ${firstError(d.err)}` };
    }
    const p = run("dcm2pnm", ["--all-frames", input, path.join(dir, "frame")]);
    if (!p.ok) return { kind: "undecodable", transferSyntax, detail: `dcm2pnm: ${firstError(p.err)}` };
    return { kind: "decoded", transferSyntax };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** dcmtk's version line, for the test's log. */
export const dcmtkVersion = () =>
  HAS_DCMTK ? execFileSync("dcmdump", ["--version"], { encoding: "utf8" }).split("\n")[0] : "absent";
