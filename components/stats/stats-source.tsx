import { formatDate } from "@/lib/format";

export type StatsSourceInfo = { fileName: string; importedAt: Date; illustrative: boolean };

// Says where the figures come from, decided by the data: the imported file is either the example shipped with the
// app (recognised by its SHA-256) or the vendor's own. Every chart and table shows this line; nothing else on the
// site makes a claim about the figures' origin.
export function StatsSource({ source }: { source: StatsSourceInfo }) {
  return (
    <p className="mt-6 text-xs text-slate-600 wrap-anywhere dark:text-slate-400" data-testid="stats-source">
      {source.illustrative ? (
        <>
          <strong className="font-semibold">Illustrative figures:</strong> from the example statistics file shipped with
          this app (<span className="font-mono">{source.fileName}</span>, imported {formatDate(source.importedAt)}), not
          the vendor&apos;s. They show the shape of the data, not its real counts.
        </>
      ) : (
        <>
          Source: the vendor&apos;s statistics file <span className="font-mono">{source.fileName}</span>, imported{" "}
          {formatDate(source.importedAt)}.
        </>
      )}
    </p>
  );
}
