import type { DataCard } from "@/lib/catalogue/data-card";
import { formatInt } from "@/lib/format";

const SOURCES: Record<string, string> = {
  "labels:import": "labels imported",
  "catalog:synth": "synthetic catalogue",
};

export function ChangeLog({ versions }: { versions: DataCard["versions"] }) {
  if (versions.length === 0) return <p className="text-sm">No catalogue version has been published yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[32rem] text-left text-sm" data-testid="change-log">
        <caption className="sr-only">Catalogue versions, newest first</caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-700">
            <th scope="col" className="py-2 pr-4">
              Version
            </th>
            <th scope="col" className="py-2 pr-4">
              Published (UTC)
            </th>
            <th scope="col" className="py-2 pr-4">
              Change
            </th>
            <th scope="col" className="py-2 pr-4 text-right">
              Added
            </th>
            <th scope="col" className="py-2 pr-4 text-right">
              Withdrawn
            </th>
            <th scope="col" className="py-2 text-right">
              Studies
            </th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.number} className="border-b border-slate-200 dark:border-slate-800">
              <td className="py-2 pr-4 tabular-nums">{v.number}</td>
              <td className="py-2 pr-4 tabular-nums">{v.createdAt.toISOString().slice(0, 16).replace("T", " ")}</td>
              <td className="py-2 pr-4">{SOURCES[v.source] ?? v.source}</td>
              <td className="py-2 pr-4 text-right tabular-nums">{formatInt(v.added)}</td>
              <td className="py-2 pr-4 text-right tabular-nums">{formatInt(v.removed)}</td>
              <td className="py-2 text-right tabular-nums">{formatInt(v.studies)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
