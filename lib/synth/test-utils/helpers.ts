// Helpers for the pack tests: list pack files, find external tools, pull the text out of a pdf-lib PDF.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { inflateSync } from "node:zlib";

export function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? listFiles(full, base) : [path.relative(base, full)];
    });
}

export const hasTool = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;

export function run(
  cmd: string,
  args: string[],
  cwd?: string,
): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Text drawn with pdf-lib: Flate content streams hold `<hex> Tj` operators. */
export function pdfText(bytes: Uint8Array): string {
  return pdfStreams(bytes)
    .join("\n")
    .replace(/<([0-9A-Fa-f]*)>\s*Tj/g, (_, hex: string) => `${Buffer.from(hex, "hex").toString("latin1")}\n`);
}

/** Only the strings drawn (`<hex> Tj`), one per drawText line, in drawing order. */
export function pdfTextRuns(bytes: Uint8Array): string[] {
  return [
    ...pdfStreams(bytes)
      .join("\n")
      .matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g),
  ].map((m) => Buffer.from(m[1]!, "hex").toString("latin1"));
}

function pdfStreams(bytes: Uint8Array): string[] {
  const buf = Buffer.from(bytes);
  const raw = buf.toString("latin1");
  const out: string[] = [];
  for (let at = raw.indexOf("stream"); at >= 0; at = raw.indexOf("stream", at + 6)) {
    const start = raw.indexOf("\n", at) + 1;
    const end = raw.indexOf("endstream", start);
    if (start <= 0 || end < 0 || raw.slice(at - 3, at) === "end") continue;
    try {
      out.push(inflateSync(buf.subarray(start, end)).toString("latin1"));
    } catch {
      out.push(raw.slice(start, end));
    }
    at = end;
  }
  return out;
}
