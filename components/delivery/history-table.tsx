// Download history rows (server component).
import type { HistoryRow } from "@/lib/delivery/history";
import { formatBytes } from "@/components/delivery/format";

export function HistoryTable({ rows, showOrganisation }: { rows: HistoryRow[]; showOrganisation: boolean }) {
  if (rows.length === 0)
    return (
      <p className="text-sm" data-testid="no-downloads">
        No downloads yet.
      </p>
    );
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="download-history">
        <thead>
          <tr className="border-b border-slate-200 dark:border-slate-800">
            <th className="py-2 pr-3">Time (UTC)</th>
            {showOrganisation ? <th className="py-2 pr-3">Organisation</th> : null}
            <th className="py-2 pr-3">Licence</th>
            <th className="py-2 pr-3">Study</th>
            <th className="py-2 pr-3">Status</th>
            <th className="py-2 pr-3">Bytes</th>
            <th className="py-2 pr-3">Range</th>
            <th className="py-2 pr-3">By</th>
            <th className="py-2 pr-3">IP</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-slate-100 dark:border-slate-800">
              <td className="py-2 pr-3 whitespace-nowrap">
                {r.startedAt.toISOString().slice(0, 19).replace("T", " ")}
              </td>
              {showOrganisation ? <td className="py-2 pr-3">{r.organizationName ?? "-"}</td> : null}
              <td className="py-2 pr-3">{r.licenceNumber ?? "-"}</td>
              <td className="break-all py-2 pr-3 font-mono text-xs">{r.studyOrKey}</td>
              <td className="py-2 pr-3">
                {r.status}
                {r.complete ? "" : " (cut)"}
              </td>
              <td className="py-2 pr-3">{formatBytes(r.bytesSent)}</td>
              <td className="py-2 pr-3 font-mono text-xs">{r.range ?? "-"}</td>
              <td className="py-2 pr-3">{r.token ?? r.userEmail ?? "-"}</td>
              <td className="py-2 pr-3 font-mono text-xs">{r.ip ?? "-"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
