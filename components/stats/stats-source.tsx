import { formatDate } from "@/lib/format";

export type StatsSourceInfo = { fileName: string; importedAt: Date; illustrative: boolean };

// Says where the figures come from, and flags the example figures shipped with the app as illustrative.
export function StatsSource({ source }: { source: StatsSourceInfo }) {
  return (
    <p className="mt-6 text-xs text-slate-600 dark:text-slate-400" data-testid="stats-source">
      Source: <span className="font-mono">{source.fileName}</span>, imported {formatDate(source.importedAt)}.
      {source.illustrative ? (
        <strong className="ml-1 font-semibold">
          Illustrative figures: the example statistics file shipped with this app, not the vendor&apos;s.
        </strong>
      ) : null}
    </p>
  );
}
