// Human-readable form of an import report for the terminal (the --json form is the machine contract).
import type { ImportReport } from "../lib/importer";

const LIST = 20;

function list(out: string[], title: string, lines: string[]): void {
  if (lines.length === 0) return;
  out.push(`${title} (${lines.length}):`);
  for (const line of lines.slice(0, LIST)) out.push(`  ${line}`);
  if (lines.length > LIST) out.push(`  ... and ${lines.length - LIST} more (use --json for all)`);
}

/** The report as terminal text (one string, written at once by the caller). */
export function formatReport(r: ImportReport): string {
  const out: string[] = [];
  const mib = (r.bytes / 1048576).toFixed(1);
  out.push(
    `Imported ${r.root}: ${r.studies} stud${r.studies === 1 ? "y" : "ies"}, ${r.series} series, ${r.instances} instances (${mib} MiB) in ${r.seconds} s`,
  );
  out.push(
    `  new rows: ${r.written.studies} studies, ${r.written.series} series, ${r.written.instances} instances; ${r.ignored} stray file(s) ignored`,
  );
  for (const s of r.statistics)
    out.push(`  statistics: ${s.path} ${s.status} (${s.rows} rows, ${s.totalStudies.toLocaleString("en-US")} studies)`);
  for (const l of r.labels ?? [])
    out.push(`  labels: ${l.path} ${l.status} (${l.rows} rows, catalogue version ${l.version})`);
  list(
    out,
    "Rejected",
    r.rejected.map((x) => `${x.path}: ${x.reason}`),
  );
  list(
    out,
    "Kept private (identifying attributes found)",
    r.unpublished.flatMap((u) => [u.study, ...u.reasons.map((x) => `  ${x}`)]),
  );
  list(
    out,
    "Problems",
    r.problems.map((p) => `${p.path}: ${p.problem}`),
  );
  return `${out.join("\n")}\n`;
}
